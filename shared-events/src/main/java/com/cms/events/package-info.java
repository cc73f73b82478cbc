/** The published language of both services; its annotations mark which fields are personal data. */
package com.cms.events;
