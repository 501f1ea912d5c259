#include "ConversationView.h"

#include "ui/common/Presentation.h"
#include "ui/common/SpellCheckedEdit.h"
#include "ui/composer/Composer.h"
#include "ui/conversation/EscalateDialog.h"
#include "ui/conversation/SharePraiseBar.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

const QString LINK_SCHEME = QStringLiteral("caredesk");

QString addressedLabel(Core::Addressed addressed)
{
    switch (addressed) {
    case Core::Addressed::Open:
        return ConversationView::tr("not answered yet");
    case Core::Addressed::Replied:
        return ConversationView::tr("answered");
    case Core::Addressed::Acknowledged:
        return ConversationView::tr("acknowledged");
    case Core::Addressed::Dismissed:
        return ConversationView::tr("dismissed");
    }
    return {};
}

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// Messages and notes on one time line.
struct TimelineEntry
{
    QDateTime at;
    const Core::MessageRecord *message = nullptr;
    const Core::NoteRecord *note = nullptr;
};

QList<TimelineEntry> timelineEntries(const Core::ConversationDetail &detail)
{
    QList<TimelineEntry> entries;
    for (const Core::MessageRecord &message : detail.messages)
        entries.append({message.createdAt, &message, nullptr});
    for (const Core::NoteRecord &note : detail.notes)
        entries.append({note.createdAt, nullptr, &note});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    return entries;
}

// Writes the time line into the view's document: each message or note under a line that says who,
// how and when, customers' messages on the left with the links that mark them, the brand's on the
// right, private ones and notes on their own backgrounds. Text is inserted as plain text, never
// markup.
class TimelineWriter
{
public:
    TimelineWriter(QTextDocument *document, const QWidget &view, bool showTranslations)
        : m_cursor(document)
        , m_showTranslations(showTranslations)
        , m_textPointSize(view.font().pointSizeF() * 1.05)
    {
        const QColor muted = view.palette().color(QPalette::PlaceholderText);
        const bool dark = view.palette().color(QPalette::Base).lightness() < 128;
        m_privateBackground = dark ? QColor(0x4a, 0x3c, 0x1a) : QColor(0xfd, 0xf3, 0xdc);
        m_noteBackground = dark ? QColor(0x23, 0x3a, 0x4f) : QColor(0xe3, 0xf0, 0xfb);
        m_meta.setForeground(muted);
        m_meta.setFontPointSize(view.font().pointSizeF() * 0.9);
        m_link = m_meta;
        m_link.setAnchor(true);
        m_link.setForeground(view.palette().color(QPalette::Link));
        m_link.setFontUnderline(true);
    }

    void writeNote(const Core::NoteRecord &note)
    {
        QTextBlockFormat block;
        block.setTopMargin(14);
        block.setLeftMargin(30);
        block.setRightMargin(30);
        startBlock(block);
        m_cursor.insertText(ConversationView::tr("Internal note · %1 · %2")
                                .arg(note.author, m_locale.toString(note.createdAt.toLocalTime(),
                                                                    QLocale::ShortFormat)),
                            m_meta);
        QTextBlockFormat body = block;
        body.setTopMargin(2);
        body.setBackground(m_noteBackground);
        m_cursor.insertBlock(body);
        m_cursor.insertText(note.text, QTextCharFormat());
    }

    // `channelName` signs what was sent from CareDesk: the brand's account.
    void writeMessage(const Core::MessageRecord &message, const QString &channelName)
    {
        const bool inbound = message.direction == Core::Direction::Inbound;
        QTextBlockFormat block;
        block.setAlignment(inbound ? Qt::AlignLeft : Qt::AlignRight);
        block.setTopMargin(14);
        block.setLeftMargin(inbound ? 0 : 48);
        block.setRightMargin(inbound ? 48 : 0);
        startBlock(block);
        QString author = message.authorName.isEmpty() ? message.authorHandle : message.authorName;
        if (author.isEmpty() && !inbound)
            author = channelName;
        QString header =
            ConversationView::tr("%1 · %2 · %3")
                .arg(author,
                     message.visibility == Core::Visibility::Private
                         ? ConversationView::tr("Private message")
                         : ConversationView::tr("Public"),
                     m_locale.toString(message.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (inbound)
            header += QStringLiteral(" · ") + addressedLabel(message.addressed);
        m_cursor.insertText(header, m_meta);
        QTextBlockFormat body = block;
        body.setTopMargin(2);
        if (message.visibility == Core::Visibility::Private)
            body.setBackground(m_privateBackground);
        // Right-to-left text lays itself out by its own direction.
        body.setLayoutDirection(message.text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        m_cursor.insertBlock(body);
        QTextCharFormat text;
        text.setFontPointSize(m_textPointSize);
        m_cursor.insertText(message.text, text); // plain text, never markup
        if (m_showTranslations &&
            message.translation.state != Core::MessageTranslation::State::None)
            writeTranslation(block, message);
        if (inbound)
            writeActions(block, message);
    }

private:
    // Under the original, never instead of it, and marked as the machine's (or, on a reply sent
    // translated, as what the agent wrote).
    void writeTranslation(const QTextBlockFormat &block, const Core::MessageRecord &message)
    {
        const Core::MessageTranslation &translation = message.translation;
        QTextBlockFormat format = block;
        format.setTopMargin(4);
        m_cursor.insertBlock(format);
        using State = Core::MessageTranslation::State;
        const QString from = languageLabel(translation.sourceLanguage);
        if (translation.state == State::Pending) {
            m_cursor.insertText(ConversationView::tr("Translating from %1…").arg(from), m_meta);
            return;
        }
        if (translation.state == State::Failed) {
            m_cursor.insertText(ConversationView::tr("Not translated: %1").arg(translation.error) +
                                    QStringLiteral("   "),
                                m_meta);
            if (!translation.retryable)
                return;
            m_link.setAnchorHref(
                QStringLiteral("%1:translate/%2").arg(LINK_SCHEME).arg(message.id));
            m_cursor.insertText(ConversationView::tr("Retry"), m_link);
            return;
        }
        QString service = translationProviderLabel(translation.provider);
        if (!translation.via.isEmpty())
            service = ConversationView::tr("%1 through %2")
                          .arg(service, languageLabel(translation.via.first()));
        m_cursor.insertText(
            translation.agentWrote
                ? ConversationView::tr("Sent machine-translated (%1); the agent wrote in %2:")
                      .arg(service, languageLabel(translation.language))
                : ConversationView::tr("Machine translation from %1 (%2):").arg(from, service),
            m_meta);
        QTextBlockFormat body = format;
        body.setTopMargin(1);
        body.setLayoutDirection(translation.text.isRightToLeft() ? Qt::RightToLeft
                                                                 : Qt::LeftToRight);
        m_cursor.insertBlock(body);
        QTextCharFormat text;
        text.setFontPointSize(m_textPointSize);
        text.setFontItalic(true);
        m_cursor.insertText(translation.text, text); // plain text, never markup
    }

    // Marking is for what was dealt with outside a reply: a like, or nothing needed.
    void writeActions(const QTextBlockFormat &block, const Core::MessageRecord &message)
    {
        QTextBlockFormat actions = block;
        actions.setTopMargin(2);
        m_cursor.insertBlock(actions);
        const auto action = [&](const QString &label, Core::Addressed addressed) {
            m_link.setAnchorHref(QStringLiteral("%1:addressed/%2/%3")
                                     .arg(LINK_SCHEME)
                                     .arg(message.id)
                                     .arg(Core::toString(addressed)));
            m_cursor.insertText(label, m_link);
            m_cursor.insertText(QStringLiteral("   "), m_meta);
        };
        if (message.addressed == Core::Addressed::Open) {
            action(ConversationView::tr("Mark answered"), Core::Addressed::Replied);
            action(ConversationView::tr("Acknowledge"), Core::Addressed::Acknowledged);
            action(ConversationView::tr("Dismiss"), Core::Addressed::Dismissed);
        } else {
            action(ConversationView::tr("Reopen"), Core::Addressed::Open);
        }
    }

    // The document's first block is there already; every later one is inserted.
    void startBlock(const QTextBlockFormat &format)
    {
        if (m_first)
            m_cursor.setBlockFormat(format);
        else
            m_cursor.insertBlock(format);
        m_first = false;
    }

    QTextCursor m_cursor;
    bool m_showTranslations = true;
    const QLocale m_locale;
    const qreal m_textPointSize;
    QColor m_privateBackground;
    QColor m_noteBackground;
    QTextCharFormat m_meta;
    QTextCharFormat m_link;
    bool m_first = true;
};

} // namespace

ConversationView::ConversationView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("conversationView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(3);
    m_title = plainLabel(this);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = plainLabel(this);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    // Why this conversation is where it is in the queue, in the agent's language.
    m_priority = plainLabel(this);
    m_priority->setObjectName(QStringLiteral("conversationPriority"));
    m_priority->setForegroundRole(QPalette::PlaceholderText);
    m_priority->setWordWrap(true);
    m_priority->hide();
    // The customer's survey answer, on top: a detractor's is why a lead opens the conversation.
    m_survey = plainLabel(this);
    m_survey->setObjectName(QStringLiteral("surveyAnswer"));
    m_survey->setWordWrap(true);
    m_survey->hide();
    m_escalation = plainLabel(this);
    m_escalation->setObjectName(QStringLiteral("escalationState"));
    m_escalation->setWordWrap(true);
    m_escalation->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_escalation);
    layout->addWidget(m_survey);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_priority);
    m_sharePraise = new SharePraiseBar(this);
    layout->addWidget(m_sharePraise);
    connect(m_sharePraise, &SharePraiseBar::shareRequested, this,
            [this](const QString &action, const QString &text) {
                if (m_conversationId != 0)
                    Q_EMIT shareRequested(m_conversationId, action, text);
            });

    auto *actions = new QHBoxLayout;
    m_owner = plainLabel(this);
    m_owner->setObjectName(QStringLiteral("conversationOwner"));
    m_claimButton = new QPushButton(this);
    m_claimButton->setObjectName(QStringLiteral("claimButton"));
    m_transferButton = new QPushButton(tr("Transfer…"), this);
    m_transferButton->setObjectName(QStringLiteral("transferButton"));
    m_resolveButton = new QPushButton(this);
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_noteButton = new QPushButton(tr("Note…"), this);
    m_noteButton->setObjectName(QStringLiteral("noteButton"));
    m_noteButton->setToolTip(tr("Add an internal note; the customer never sees it"));
    actions->addWidget(m_owner, 1);
    for (QPushButton *button : {m_claimButton, m_transferButton, m_resolveButton, m_noteButton})
        actions->addWidget(button);
    layout->addLayout(actions);

    m_handoff = plainLabel(this);
    m_handoff->setObjectName(QStringLiteral("handoffState"));
    QPalette handoffPalette = m_handoff->palette();
    handoffPalette.setColor(QPalette::WindowText, slaColor(SlaState::DueSoon));
    m_handoff->setPalette(handoffPalette);
    m_presence = plainLabel(this);
    m_presence->setObjectName(QStringLiteral("presence"));
    m_presence->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_handoff);
    layout->addWidget(m_presence);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("conversationSplitter"));
    m_timeline = new QTextBrowser(split);
    m_timeline->setObjectName(QStringLiteral("conversationTimeline"));
    m_timeline->setOpenLinks(false);
    m_timeline->setAccessibleName(tr("Conversation messages"));
    m_composer = new Composer(split);
    split->addWidget(m_timeline);
    split->addWidget(m_composer);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    layout->addWidget(split, 1);

    connect(m_timeline, &QTextBrowser::anchorClicked, this, &ConversationView::handleLink);
    connect(m_claimButton, &QPushButton::clicked, this, &ConversationView::claimOrRelease);
    connect(m_transferButton, &QPushButton::clicked, this, &ConversationView::transfer);
    connect(m_resolveButton, &QPushButton::clicked, this, &ConversationView::resolveOrReopen);
    connect(m_noteButton, &QPushButton::clicked, this, &ConversationView::addNote);
    clear();
}

void ConversationView::setPersonalDataPatterns(const QList<Triage::PiiPattern> &patterns)
{
    m_composer->setPersonalDataPatterns(patterns);
}

void ConversationView::setTeamDictionary(const QString &path)
{
    m_composer->setTeamDictionary(path);
}

void ConversationView::setAgentName(const QString &name)
{
    m_agentName = name;
    m_composer->setAgentName(name);
    updateActions();
}

void ConversationView::clear()
{
    m_conversationId = 0;
    m_detail = {};
    m_title->setText(tr("No conversation selected"));
    m_subtitle->setText(tr("Choose a conversation from the inbox."));
    m_priority->hide();
    m_survey->hide();
    m_escalation->hide();
    m_sharePraise->hide();
    m_timeline->clear();
    m_handoff->hide();
    m_presence->hide();
    m_composer->clear();
    updateActions();
}

void ConversationView::setPresence(const QStringList &viewing, const QStringList &typing)
{
    QStringList parts;
    if (!typing.isEmpty())
        parts.append(tr("%1 typing…").arg(typing.join(u", ")));
    if (!viewing.isEmpty())
        parts.append(tr("Also viewing: %1").arg(viewing.join(u", ")));
    m_presence->setText(parts.join(QStringLiteral(" · ")));
    m_presence->setVisible(!parts.isEmpty());
}

void ConversationView::showConversation(const Core::ConversationDetail &detail)
{
    const bool sameConversation = detail.conversationId == m_conversationId;
    const int scroll = m_timeline->verticalScrollBar()->value();
    const bool atBottom = scroll >= m_timeline->verticalScrollBar()->maximum() - 4;
    m_conversationId = detail.conversationId;
    m_detail = detail;
    m_title->setText(detail.customer.displayName);
    QString subtitle = tr("%1 · %2 · %3 · %4")
                           .arg(platformLabel(detail.platform), detail.channelName,
                                statusLabel(detail.status), categoryLabel(detail.category));
    if (detail.slaDue.isValid() && detail.status != Core::ConversationStatus::Resolved)
        subtitle += tr(" · reply due %1")
                        .arg(QLocale().toString(detail.slaDue.toLocalTime(), QLocale::ShortFormat));
    m_subtitle->setText(subtitle);
    const QString reasons = Triage::describeAll(detail.priorityReasons, QStringLiteral(" · "));
    m_priority->setText(reasons.isEmpty()
                            ? tr("Priority %1").arg(detail.priority)
                            : tr("Priority %1: %2").arg(detail.priority).arg(reasons));
    m_priority->setVisible(detail.status != Core::ConversationStatus::Resolved);
    showSurvey();
    showEscalation();
    m_sharePraise->setConversation(m_detail);
    const QString handoff = handoffState();
    m_handoff->setText(handoff);
    m_handoff->setVisible(!handoff.isEmpty());
    renderTimeline();
    // A refresh keeps the agent's place unless they were following the newest message.
    QScrollBar *bar = m_timeline->verticalScrollBar();
    bar->setValue(sameConversation && !atBottom ? scroll : bar->maximum());
    m_composer->setConversation(detail);
    updateActions();
}

void ConversationView::showSurvey()
{
    const std::optional<Core::SurveyRecord> &survey = m_detail.survey;
    const QString text = survey ? surveyLine(*survey) : QString();
    m_survey->setText(text);
    QPalette palette = this->palette();
    if (survey && survey->detractor)
        palette.setColor(QPalette::WindowText, slaColor(SlaState::Breached));
    else
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    m_survey->setPalette(palette);
    m_survey->setVisible(!text.isEmpty());
}

void ConversationView::showEscalation()
{
    const std::optional<Core::EscalationRecord> &escalation = m_detail.escalation;
    // A flag or an escalation someone took is history: the transcript keeps it.
    const bool current = escalation && !escalation->takenAt.isValid();
    m_escalation->setText(current ? escalationLine(*escalation) : QString());
    QPalette palette = this->palette();
    palette.setColor(
        QPalette::WindowText,
        slaColor(current && !escalation->flagOnly ? SlaState::Breached : SlaState::DueSoon));
    m_escalation->setPalette(palette);
    m_escalation->setVisible(current);
}

void ConversationView::setEscalationSettings(const Escalations::EscalationSettings &settings)
{
    m_escalationSettings = settings;
}

void ConversationView::escalate()
{
    if (m_conversationId == 0)
        return;
    EscalateDialog dialog(m_escalationSettings, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT escalationRequested(m_conversationId, dialog.target(), dialog.reason(),
                                   dialog.note());
}

QString ConversationView::handoffState() const
{
    // A private message sent in a case that began in public, with no private answer since.
    bool hadPublic = false;
    QDateTime lastPrivateOut;
    QDateTime lastPrivateIn;
    for (const Core::MessageRecord &message : m_detail.messages) {
        if (message.visibility == Core::Visibility::Public) {
            hadPublic = true;
        } else if (message.direction == Core::Direction::Outbound) {
            lastPrivateOut = message.createdAt;
        } else {
            lastPrivateIn = message.createdAt;
        }
    }
    if (!hadPublic || !lastPrivateOut.isValid() ||
        (lastPrivateIn.isValid() && lastPrivateIn >= lastPrivateOut))
        return {};
    return tr("Private message sent %1; %2 has not answered yet.")
        .arg(QLocale().toString(lastPrivateOut.toLocalTime(), QLocale::ShortFormat),
             m_detail.customer.displayName);
}

void ConversationView::renderTimeline()
{
    m_timeline->clear();
    TimelineWriter writer(m_timeline->document(), *this, m_translationsShown);
    for (const TimelineEntry &entry : timelineEntries(m_detail)) {
        if (entry.note)
            writer.writeNote(*entry.note);
        else
            writer.writeMessage(*entry.message, m_detail.channelName);
    }
}

void ConversationView::toggleTranslations()
{
    m_translationsShown = !m_translationsShown;
    const int scroll = m_timeline->verticalScrollBar()->value();
    renderTimeline();
    m_timeline->verticalScrollBar()->setValue(scroll);
}

QString ConversationView::timelineText() const
{
    return m_timeline->toPlainText();
}

void ConversationView::handleLink(const QUrl &url)
{
    if (url.scheme() != LINK_SCHEME || m_conversationId == 0)
        return;
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() == 3 && parts.at(0) == u"addressed")
        Q_EMIT addressedRequested(m_conversationId, parts.at(1).toLongLong(),
                                  Core::addressedFromString(parts.at(2)));
    if (parts.size() == 2 && parts.at(0) == u"translate")
        Q_EMIT translationRetryRequested(m_conversationId, parts.at(1).toLongLong());
}

void ConversationView::updateActions()
{
    const bool shown = m_conversationId != 0;
    for (QPushButton *button : {m_claimButton, m_transferButton, m_resolveButton, m_noteButton})
        button->setEnabled(shown);
    const bool mine = shown && m_detail.assignee == m_agentName;
    m_claimButton->setText(mine ? tr("Release") : tr("Claim"));
    m_claimButton->setToolTip(mine ? tr("Return this conversation to the queue")
                                   : tr("Make this conversation yours"));
    const bool resolved = m_detail.status == Core::ConversationStatus::Resolved;
    m_resolveButton->setText(resolved ? tr("Reopen") : tr("Resolve"));
    if (!shown)
        m_owner->clear();
    else if (m_detail.assignee.isEmpty())
        m_owner->setText(tr("In the queue: nobody has this conversation yet."));
    else if (mine)
        m_owner->setText(tr("Yours."));
    else
        m_owner->setText(tr("%1 has this conversation.").arg(m_detail.assignee));
}

void ConversationView::claimOrRelease()
{
    if (m_conversationId == 0)
        return;
    Q_EMIT assignRequested(m_conversationId,
                           m_detail.assignee == m_agentName ? QString() : m_agentName);
}

void ConversationView::transfer()
{
    if (m_conversationId == 0)
        return;
    bool ok = false;
    const QString agent =
        QInputDialog::getText(this, tr("Transfer conversation"), tr("Give this conversation to:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !agent.isEmpty())
        Q_EMIT assignRequested(m_conversationId, agent);
}

void ConversationView::resolveOrReopen()
{
    if (m_conversationId == 0)
        return;
    Q_EMIT statusRequested(m_conversationId, m_detail.status == Core::ConversationStatus::Resolved
                                                 ? Core::ConversationStatus::Open
                                                 : Core::ConversationStatus::Resolved);
}

void ConversationView::markAllAnswered()
{
    for (const Core::MessageRecord &message : std::as_const(m_detail.messages)) {
        if (message.direction == Core::Direction::Inbound &&
            message.addressed == Core::Addressed::Open)
            Q_EMIT addressedRequested(m_conversationId, message.id, Core::Addressed::Replied);
    }
}

void ConversationView::addNote()
{
    if (m_conversationId == 0)
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("noteDialog"));
    dialog.setWindowTitle(tr("Internal note"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Only your team sees this note:"), &dialog));
    auto *edit = new SpellCheckedEdit(&dialog);
    edit->setObjectName(QStringLiteral("noteText"));
    edit->setAccessibleName(tr("Internal note"));
    edit->setLanguage(m_composer->agentLanguages().value(0));
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = edit->toPlainText().trimmed();
    if (!text.isEmpty())
        Q_EMIT noteRequested(m_conversationId, text);
}

} // namespace CareDesk::Gui
