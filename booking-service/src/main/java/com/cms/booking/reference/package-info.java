/** The booking side of the reference protocol: customers' answers become confirmations or rejections. */
package com.cms.booking.reference;
