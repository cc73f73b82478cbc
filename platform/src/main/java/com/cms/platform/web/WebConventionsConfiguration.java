package com.cms.platform.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/** Brings the shared problem-detail handling into every service. */
@AutoConfiguration
@Import(ApiExceptionHandler.class)
public class WebConventionsConfiguration {
}
