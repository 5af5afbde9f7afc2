/**
 * Who may do what: user accounts and roles, browser sign-in, HTTP Basic and personal API tokens for the API, and the
 * administration of accounts.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.security;
