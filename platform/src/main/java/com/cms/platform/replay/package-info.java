/** Rebuilding a service's read models from the log, with progress; sagas and command senders never replay. */
package com.cms.platform.replay;
