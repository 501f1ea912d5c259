#include "Presentation.h"

#include "translation/ProviderConfig.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTableWidgetItem>

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
    case Core::ConversationStatus::New:
        return Tr::tr("New");
    case Core::ConversationStatus::Open:
        return Tr::tr("Open");
    case Core::ConversationStatus::Pending:
        return Tr::tr("Pending");
    case Core::ConversationStatus::Resolved:
        return Tr::tr("Resolved");
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

QString translationProviderLabel(const QString &provider)
{
    return Translation::providerName(provider);
}

QString languageLabel(const QString &code)
{
    if (code.isEmpty() || code == u"und")
        return Tr::tr("Unknown");
    // The language's own name ("Español", "Deutsch") reads the same in every interface language.
    // A plain language code names the language, not the variety of one country: CLDR's names
    // for "en" and "es" are "American English" and "español de España".
    if (code == u"en")
        return QStringLiteral("English");
    if (code == u"es")
        return QStringLiteral("Español");
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return QLocale::languageToString(locale.language());
    name[0] = name[0].toUpper();
    return name;
}

QString languageCode(const QString &code)
{
    return code.isEmpty() || code == u"und" ? QStringLiteral("?") : code.toUpper();
}

QString followersLabel(qint64 followers)
{
    return Tr::tr("%1 followers").arg(QLocale().toString(followers));
}

QString compactFollowers(qint64 followers)
{
    const QLocale locale;
    if (followers < 1000)
        return locale.toString(followers);
    if (followers < 1000000)
        return Tr::tr("%1k").arg(
            locale.toString(followers / 1000.0, 'f', followers < 10000 ? 1 : 0));
    return Tr::tr("%1M").arg(locale.toString(followers / 1000000.0, 'f', 1));
}

QString surveyLine(const Core::SurveyRecord &survey)
{
    const QString scale = survey.kind == u"nps" ? QStringLiteral("10") : QStringLiteral("5");
    const auto when = [](const QDateTime &at) {
        return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    };
    if (survey.delivery == u"failed")
        return Tr::tr("The satisfaction survey could not be sent.");
    if (!survey.answeredAt.isValid())
        return Tr::tr("Satisfaction survey sent %1; no answer yet.").arg(when(survey.askedAt));
    if (!survey.score)
        return Tr::tr("The customer's reply to the satisfaction survey held no score.");
    QString line =
        survey.detractor
            ? (survey.followUpOpen ? Tr::tr("Detractor, to follow up: scored %1 of %2 on %3")
                                   : Tr::tr("Detractor: scored %1 of %2 on %3"))
            : Tr::tr("Survey answer: %1 of %2 on %3");
    line = line.arg(*survey.score).arg(scale, when(survey.answeredAt));
    if (!survey.comment.isEmpty())
        line += Tr::tr(" — “%1”").arg(survey.comment);
    return line;
}

QString escalationLine(const Core::EscalationRecord &escalation)
{
    const QString when = QLocale().toString(escalation.at.toLocalTime(), QLocale::ShortFormat);
    const QString to = escalation.target == u"leads" || escalation.target.isEmpty()
                           ? Tr::tr("the team's leads")
                           : escalation.target;
    QString line;
    if (escalation.by.isEmpty())
        line = escalation.flagOnly
                   ? Tr::tr("Flagged by a rule %1: %2").arg(when, escalation.reason)
                   : Tr::tr("Escalated to %1 by a rule %2: %3").arg(to, when, escalation.reason);
    else
        line =
            Tr::tr("Escalated to %1 by %2 %3: %4").arg(to, escalation.by, when, escalation.reason);
    if (!escalation.note.isEmpty())
        line += Tr::tr(" — “%1”").arg(escalation.note);
    if (escalation.takenAt.isValid())
        line += Tr::tr(" · taken by %1").arg(escalation.takenBy);
    return line;
}

QString categoryLabel(const QString &category)
{
    if (category == u"service")
        return Tr::tr("Service");
    if (category == u"warranty")
        return Tr::tr("Warranty");
    if (category == u"pre-sales")
        return Tr::tr("Pre-sales");
    if (category == u"praise")
        return Tr::tr("Praise");
    if (category == u"spam")
        return Tr::tr("Spam");
    if (category == u"other")
        return Tr::tr("Other");
    return category;
}

QStringList categories()
{
    return {QStringLiteral("service"), QStringLiteral("warranty"), QStringLiteral("pre-sales"),
            QStringLiteral("praise"),  QStringLiteral("spam"),     QStringLiteral("other")};
}

QString visibilityLabel(Core::Visibility visibility)
{
    return visibility == Core::Visibility::Private ? Tr::tr("Private") : Tr::tr("Public");
}

QIcon visibilityIcon(Core::Visibility visibility)
{
    QIcon icon;
    for (const qreal scale : {1.0, 2.0, 3.0}) {
        QPixmap pixmap(QSize(12, 12) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (visibility == Core::Visibility::Private) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0xc7, 0x7c, 0x02));
            painter.drawEllipse(QRectF(2, 2, 8, 8));
        } else {
            painter.setPen(QPen(QColor(0x1e, 0x6f, 0xc0), 1.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QRectF(2.5, 2.5, 7, 7));
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
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

QString dayLabel(const QDate &date)
{
    return QLocale().toString(
        date,
        Tr::tr("d MMM yyyy", "a day as QLocale writes it (d day, MMM month name, yyyy year)"));
}

QTableWidgetItem *readOnlyCell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
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
    case SlaState::Breached:
        return QColor(0xc6, 0x28, 0x28);
    case SlaState::DueSoon:
        return QColor(0xb2, 0x6a, 0x00);
    case SlaState::Comfortable:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

} // namespace CareDesk::Gui
