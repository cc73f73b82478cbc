/** The write side of customers: the Customer aggregate, which alone grants references and decides purges. */
package com.cms.customer.command;
