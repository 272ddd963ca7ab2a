<?php
/**
 * WordPress's own wp_kses_post() on HTML snippets, without a database: loads
 * the few files of Debian's wordpress package that kses needs (hooks,
 * formatting, functions) and nothing else. This is the filter WordPress runs
 * on a post saved by a user without the unfiltered_html capability (Authors,
 * Contributors; everyone on multisite).
 *
 * Reads a JSON array of strings on stdin, prints the JSON array of what
 * wp_kses_post() made of each. WORDPRESS_DIR overrides /usr/share/wordpress.
 */

$wp = getenv( 'WORDPRESS_DIR' ) ? getenv( 'WORDPRESS_DIR' ) : '/usr/share/wordpress';
define( 'ABSPATH', rtrim( $wp, '/' ) . '/' );
define( 'WPINC', 'wp-includes' );
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/kses.php';

$snippets = json_decode( stream_get_contents( STDIN ), true );
if ( ! is_array( $snippets ) ) {
	fwrite( STDERR, "stdin: expected a JSON array of strings\n" );
	exit( 2 );
}
echo json_encode( array_map( 'wp_kses_post', $snippets ), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ), "\n";
