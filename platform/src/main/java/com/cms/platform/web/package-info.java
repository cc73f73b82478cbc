/** HTTP conventions both services share: problem details for every error and bounded waits for outcomes. */
package com.cms.platform.web;
