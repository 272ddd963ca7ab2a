<?php
/**
 * Plugin Name:       citystat
 * Description:       Loads the citystat site script on posts that hold citystat figures, so the tables pasted from the citystat builder become interactive, accessible charts. Readers without JavaScript keep the tables.
 * Version:           0.1.0
 * Requires at least: 5.0
 * Requires PHP:      7.0
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 *
 * The plugin does one thing: it adds `<script type="module" src="…/citystat.js">`
 * to the pages whose posts contain a citystat figure. It stores nothing, adds
 * no admin screen and changes no content.
 *
 * Where the script comes from, first found wins:
 *  1. the constant CITYSTAT_SCRIPT_URL (wp-config.php), e.g. a CDN address;
 *  2. the filter `citystat_script_url` (a theme or another plugin);
 *  3. the default: cdn/citystat.js inside this plugin's folder (the package's
 *     dist/cdn/ folder copied there), so nothing is loaded from a third party.
 *
 * @package citystat
 */

defined( 'ABSPATH' ) || exit;

/**
 * The address of the site script.
 *
 * @return string
 */
function citystat_script_url() {
	$url = defined( 'CITYSTAT_SCRIPT_URL' ) ? CITYSTAT_SCRIPT_URL : plugins_url( 'cdn/citystat.js', __FILE__ );
	return (string) apply_filters( 'citystat_script_url', $url );
}

/**
 * Whether a post's content holds a citystat figure (the builder's snippets
 * and the widget tags all carry the word "citystat").
 *
 * @param WP_Post|null $post A post.
 * @return bool
 */
function citystat_post_has_figure( $post ) {
	return $post instanceof WP_Post && false !== strpos( $post->post_content, 'citystat' );
}

/**
 * Enqueues the site script when one of the posts the page shows (a single
 * post, or the posts of a blog index or archive) holds a citystat figure.
 */
function citystat_enqueue() {
	global $wp_query;
	$posts = isset( $wp_query->posts ) && is_array( $wp_query->posts ) ? $wp_query->posts : array();
	if ( ! array_filter( $posts, 'citystat_post_has_figure' ) ) {
		return;
	}
	// No version query: the address is the version (a CDN path, or the plugin's own copy).
	wp_enqueue_script( 'citystat', citystat_script_url(), array(), null, false );
}
add_action( 'wp_enqueue_scripts', 'citystat_enqueue' );

/**
 * The site script is an ES module: WordPress prints classic script tags, so
 * this one gets type="module" (any type WordPress put there is replaced).
 *
 * @param string $tag    The script tag WordPress prints.
 * @param string $handle The script's handle.
 * @return string
 */
function citystat_module_tag( $tag, $handle ) {
	if ( 'citystat' !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(?:\s+type=([\'"])[^\'"]*\1)?(\s[^>]*\bsrc=)/', '<script type="module"$2', $tag, 1 );
}
add_filter( 'script_loader_tag', 'citystat_module_tag', 10, 2 );
