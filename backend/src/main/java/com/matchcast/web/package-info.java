/**
 * The web app (module {@code frontend}, packed as {@code META-INF/resources}) served at {@code /}:
 * pages of its router answered with {@code index.html}, hashed assets cached for a year.
 */
package com.matchcast.web;
