dnl config.m4 for the crm extension: import parsing, phone numbers to E.164,
dnl duplicate detection for contact and company cards (Kartoteka CRM).

PHP_ARG_ENABLE([crm],
  [whether to enable the Kartoteka crm extension],
  [AS_HELP_STRING([--enable-crm], [Enable the Kartoteka crm extension])],
  [yes])

if test "$PHP_CRM" != "no"; then
  dnl libzip and expat read XLSX workbooks; both ship a .pc file on Debian.
  PKG_CHECK_MODULES([LIBZIP], [libzip >= 1.7], [],
    [AC_MSG_ERROR([crm needs libzip >= 1.7 and its headers; on Debian: apt-get install libzip-dev pkg-config])])
  PKG_CHECK_MODULES([EXPAT], [expat >= 2.2], [],
    [AC_MSG_ERROR([crm needs expat >= 2.2 and its headers; on Debian: apt-get install libexpat1-dev pkg-config])])

  PHP_EVAL_LIBLINE([$LIBZIP_LIBS], [CRM_SHARED_LIBADD])
  PHP_EVAL_INCLINE([$LIBZIP_CFLAGS])
  PHP_EVAL_LIBLINE([$EXPAT_LIBS], [CRM_SHARED_LIBADD])
  PHP_EVAL_INCLINE([$EXPAT_CFLAGS])

  dnl Probe the symbols we call rather than trust the version numbers alone.
  PHP_CHECK_LIBRARY([zip], [zip_libzip_version], [],
    [AC_MSG_ERROR([libzip found but zip_libzip_version() is missing; apt-get install libzip-dev])],
    [$LIBZIP_LIBS])
  PHP_CHECK_LIBRARY([expat], [XML_SetHashSalt], [],
    [AC_MSG_ERROR([expat found but XML_SetHashSalt() is missing; apt-get install libexpat1-dev])],
    [$EXPAT_LIBS])

  CRM_PHP_SOURCES="src/crm.c src/php/exceptions.c src/php/import.c src/php/dedup.c src/php/phone.c"
  CRM_CORE_SOURCES="src/core/import/encoding.c src/core/import/csv.c \
    src/core/import/numfmt.c src/core/import/xlsx.c \
    src/core/phone/phone_meta.c src/core/phone/phone_meta_data.c src/core/phone/phone_parse.c \
    src/core/dedup/text.c src/core/dedup/validate.c src/core/dedup/keys.c src/core/dedup/index.c"

  dnl Only get_module (ZEND_DLEXPORT) is exported: the core's crm_* functions bind inside the
  dnl .so, without the PLT, and cannot clash with another extension's symbols.
  PHP_NEW_EXTENSION([crm], [$CRM_PHP_SOURCES $CRM_CORE_SOURCES], [$ext_shared], [],
    [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -fvisibility=hidden])
  PHP_ADD_INCLUDE([$ext_srcdir])
  PHP_ADD_INCLUDE([$ext_srcdir/src])
  dnl src/core files include each other relative to src/core, as the C unit tests build them.
  PHP_ADD_INCLUDE([$ext_srcdir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php], 1)
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core/import], 1)
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core/phone], 1)
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core/dedup], 1)
  PHP_SUBST([CRM_SHARED_LIBADD])
fi
