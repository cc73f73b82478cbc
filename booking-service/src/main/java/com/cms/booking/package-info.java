/** booking-service, packaged by feature: command (the aggregate), reference, query and web. */
package com.cms.booking;
