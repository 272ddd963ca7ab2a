<?php
/**
 * Router for PHP's built-in server that does what WordPress's .htaccess does
 * under Apache (Debian ships it as /etc/wordpress/htaccess): a file or folder
 * that exists is served as it is, any other path goes to index.php (pretty
 * permalinks, /favicon.ico, /wp-json/…).
 */
$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( file_exists( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
