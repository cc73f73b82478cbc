/** Crypto-shredding: personal fields encrypted per data subject in the event store; a shredded key erases them. */
package com.cms.platform.privacy;
