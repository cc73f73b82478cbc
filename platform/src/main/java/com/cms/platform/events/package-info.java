/** The log in its public, versioned JSON form: the resumable event stream and each aggregate's history. */
package com.cms.platform.events;
