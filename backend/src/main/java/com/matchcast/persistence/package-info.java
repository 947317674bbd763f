/**
 * Helpers shared by the features' row readers (their {@code persistence} packages). Kept out
 * of {@code api} so that reading a database row does not depend on the GraphQL layer.
 */
package com.matchcast.persistence;
