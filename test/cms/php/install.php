<?php
/**
 * Installs a fresh WordPress non-interactively (php-cli), the way the web
 * installer does it: wp_install(), then an Author, the citystat plugin
 * activated, and an application password for the Author so the test can
 * publish through the REST API (allowed over plain HTTP because
 * wp-config.php sets WP_ENVIRONMENT_TYPE to "local").
 *
 * Usage: php install.php <wordpress dir> <site url>
 * Prints one line of JSON: { "author": …, "authorId": …, "appPassword": … }.
 */

if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	fwrite( STDERR, "usage: php install.php <wordpress dir> <site url>\n" );
	exit( 2 );
}
list( , $dir, $site ) = $argv;
$parts = parse_url( $site );
$_SERVER['HTTP_HOST']   = $parts['host'] . ( isset( $parts['port'] ) ? ':' . $parts['port'] : '' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );

require rtrim( $dir, '/' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

function fail( $what, $error ) {
	fwrite( STDERR, $what . ': ' . ( is_wp_error( $error ) ? $error->get_error_message() : var_export( $error, true ) ) . "\n" );
	exit( 1 );
}

$result = wp_install( 'citystat test site', 'admin', 'admin@example.test', false, '', wp_generate_password( 24 ), 'en_US' );
if ( is_wp_error( $result ) || empty( $result['user_id'] ) ) {
	fail( 'wp_install', $result );
}

$author_id = wp_insert_user(
	array(
		'user_login'   => 'reporter',
		'user_pass'    => wp_generate_password( 24 ),
		'user_email'   => 'reporter@example.test',
		'display_name' => 'Phóng viên',
		'role'         => 'author',
	)
);
if ( is_wp_error( $author_id ) ) {
	fail( 'wp_insert_user', $author_id );
}

$activated = activate_plugin( 'citystat/citystat.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'activate_plugin', $activated );
}

if ( ! wp_is_application_passwords_available_for_user( get_user_by( 'id', $author_id ) ) ) {
	fail( 'application passwords', 'not available (is WP_ENVIRONMENT_TYPE "local"?)' );
}
$created = WP_Application_Passwords::create_new_application_password( $author_id, array( 'name' => 'citystat test' ) );
if ( is_wp_error( $created ) ) {
	fail( 'create_new_application_password', $created );
}

echo wp_json_encode(
	array(
		'author'      => 'reporter',
		'authorId'    => $author_id,
		'appPassword' => $created[0],
		'plugins'     => get_option( 'active_plugins' ),
		'theme'       => get_stylesheet(),
	)
), "\n";
