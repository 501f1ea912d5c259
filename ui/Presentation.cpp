#include "Presentation.h"

#include <QCoreApplication>
#include <QLocale>

namespace CareDesk::Gui {

namespace {

// Gives this file's free functions a translation context lupdate understands.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Gui::Presentation)
};

constexpr qint64 DUE_SOON_SECS = 15 * 60;

} // namespace

QString statusLabel(Core::ConversationStatus status)
{
    switch (status) {
    case Core::ConversationStatus::New: return Tr::tr("New");
    case Core::ConversationStatus::Open: return Tr::tr("Open");
    case Core::ConversationStatus::Pending: return Tr::tr("Pending");
    case Core::ConversationStatus::Resolved: return Tr::tr("Resolved");
    }
    return {};
}

QString platformLabel(const QString &platform)
{
    if (platform == u"twitter")
        return Tr::tr("X");
    if (platform == u"facebook")
        return Tr::tr("Facebook");
    if (platform == u"sandbox")
        return Tr::tr("Practice");
    return platform;
}

QString languageLabel(const QString &code)
{
    if (code.isEmpty() || code == u"und")
        return Tr::tr("Unknown");
    const QLocale::Language language = QLocale(code).language();
    return language == QLocale::C ? code : QLocale::languageToString(language);
}

QString languageCode(const QString &code)
{
    return code.isEmpty() || code == u"und" ? QStringLiteral("?") : code.toUpper();
}

QString followersLabel(qint64 followers)
{
    return Tr::tr("%1 followers").arg(QLocale().toString(followers));
}

QString durationLabel(qint64 seconds)
{
    if (seconds < 60)
        return Tr::tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return Tr::tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 d").arg(hours / 24);
}

SlaState slaState(const QDateTime &slaDue, const QDateTime &now)
{
    if (!slaDue.isValid())
        return SlaState::Comfortable;
    const qint64 left = now.secsTo(slaDue);
    if (left < 0)
        return SlaState::Breached;
    return left <= DUE_SOON_SECS ? SlaState::DueSoon : SlaState::Comfortable;
}

QColor slaColor(SlaState state)
{
    switch (state) {
    case SlaState::Breached: return QColor(0xc6, 0x28, 0x28);
    case SlaState::DueSoon: return QColor(0xb2, 0x6a, 0x00);
    case SlaState::Comfortable: return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace CareDesk::Gui
