<?php
// How a standalone login attempt ended; the login page words each case differently.

declare(strict_types=1);

namespace Kartoteka\Crm\Host;

enum LoginOutcome: string
{
    case SignedIn = 'signed_in';
    case WrongCredentials = 'wrong_credentials';
    case TooManyAttempts = 'too_many_attempts';
}
