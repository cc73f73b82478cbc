/** The customer side of the reference protocol: granting and releasing references, and the projection of who holds one. */
package com.cms.customer.reference;
