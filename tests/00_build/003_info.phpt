--TEST--
phpinfo() of crm names the extension version, the versions of the libraries it links and of the phone metadata
--EXTENSIONS--
crm
--FILE--
<?php
ob_start();
(new ReflectionExtension('crm'))->info();
$info = ob_get_clean();
foreach (['crm version', 'libzip version', 'expat version', 'phone metadata version'] as $key) {
    if (preg_match('/^' . preg_quote($key) . ' => (\d+\.\d+\.\d+\S*)$/m', $info, $m)) {
        echo "$key: ok\n";
    } else {
        echo "$key: MISSING in\n$info\n";
    }
}
preg_match('/^crm version => (\S+)$/m', $info, $m);
var_dump($m[1] === phpversion('crm'));
?>
--EXPECT--
crm version: ok
libzip version: ok
expat version: ok
phone metadata version: ok
bool(true)
