#include "Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "caredesk.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIngest, "caredesk.ingest", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChannels, "caredesk.channels", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "caredesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "caredesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "caredesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "caredesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "caredesk.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSurveys, "caredesk.surveys", QtInfoMsg)
