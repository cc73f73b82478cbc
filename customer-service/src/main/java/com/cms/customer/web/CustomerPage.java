package com.cms.customer.web;

import com.cms.customer.query.CustomerView;
import java.util.List;

/** One page of the customer index. */
public record CustomerPage(List<CustomerView> items, int page, int size) {
}
