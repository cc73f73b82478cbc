/** The DeleteCustomer saga: purge or archive, decided once, from a projection that has seen the request. */
package com.cms.customer.deletion;
