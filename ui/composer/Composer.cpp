#include "Composer.h"

#include "ui/common/Presentation.h"
#include "ui/common/SpellHighlighter.h"
#include "ui/composer/CannedPicker.h"
#include "ui/composer/HandoffDialog.h"
#include "ui/composer/ReplyTranslationBar.h"

#include "compose/SignOff.h"
#include "spelling/WorkspaceWords.h"
#include "triage/PhoneRegions.h"
#include "triage/PiiScanner.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

constexpr int DRAFT_SAVE_DELAY_MS = 700; // a pause in typing saves the draft

// Asks the agent for the values only they know ({order}, {days}). Empty when cancelled.
std::optional<QHash<QString, QString>> askForVariables(QWidget *parent, const QString &title,
                                                       const QStringList &names)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("variablesDialog"));
    dialog.setWindowTitle(
        QCoreApplication::translate("CareDesk::Gui::Composer", "Fill in \"%1\"").arg(title));
    auto *form = new QFormLayout(&dialog);
    QList<QLineEdit *> edits;
    for (const QString &name : names) {
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(QStringLiteral("variable_") + name);
        edit->setAccessibleName(name);
        form->addRow(name + QLatin1Char(':'), edit);
        edits.append(edit);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < names.size(); ++i)
        values.insert(names.at(i), edits.at(i)->text().trimmed());
    return values;
}

} // namespace

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_systemRegion(Triage::PhoneRegions::ofLocale(QLocale::system()))
{
    setObjectName(QStringLiteral("composer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    buildTargetBar(layout);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("composerEditor"));
    m_editor->setAccessibleName(tr("Reply text"));
    m_editor->setPlaceholderText(tr("Write a reply. Type / for canned responses."));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(70);
    m_editor->installEventFilter(this);
    m_spelling = new SpellHighlighter(m_editor->document());
    m_editor->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_editor, &QPlainTextEdit::customContextMenuRequested, this, [this](QPoint at) {
        const std::unique_ptr<QMenu> menu(m_editor->createStandardContextMenu(at));
        addSpellingActions(menu.get(), m_editor, m_spelling, at);
        menu->exec(m_editor->viewport()->mapToGlobal(at));
    });
    layout->addWidget(m_editor, 1);

    buildFindings(layout);
    buildTranslation(layout);
    buildButtonBar(layout);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DRAFT_SAVE_DELAY_MS);

    // The checks take about a millisecond on a 2,000-character draft (caredesk-bench-composer),
    // so they run on every change and Send is never a keystroke behind.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        // A reply cleared is no longer the translation of what the agent wrote.
        if (m_editor->document()->isEmpty())
            m_translation->reset();
        runChecks();
        scheduleDraftSave();
    });
    connect(m_draftTimer, &QTimer::timeout, this, &Composer::flushDraft);
    connect(m_publicButton, &QToolButton::clicked, this,
            [this] { setVisibility(Core::Visibility::Public); });
    connect(m_privateButton, &QToolButton::clicked, this,
            [this] { setVisibility(Core::Visibility::Private); });
    connect(m_cannedButton, &QPushButton::clicked, this, [this] { openCannedPicker(); });
    connect(m_handOffButton, &QPushButton::clicked, this, &Composer::openHandOff);
    connect(m_moveToPrivate, &QPushButton::clicked, this, &Composer::openHandOff);
    connect(m_sendButton, &QPushButton::clicked, this, &Composer::send);
    clear();
}

void Composer::buildTargetBar(QVBoxLayout *layout)
{
    auto *top = new QHBoxLayout;
    m_publicButton = new QToolButton(this);
    m_publicButton->setObjectName(QStringLiteral("publicReplyButton"));
    m_publicButton->setText(tr("Public reply"));
    m_publicButton->setAccessibleName(tr("Public reply"));
    m_privateButton = new QToolButton(this);
    m_privateButton->setObjectName(QStringLiteral("privateMessageButton"));
    m_privateButton->setText(tr("Private message"));
    m_privateButton->setAccessibleName(tr("Private message"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_publicButton, m_privateButton}) {
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(button);
        top->addWidget(button);
    }
    m_publicButton->setChecked(true);
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("composerTarget"));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setForegroundRole(QPalette::PlaceholderText);
    m_target->setWordWrap(true); // never widens the conversation pane
    m_target->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    top->addWidget(m_target, 1);
    layout->addLayout(top);
}

// What the checks found: what stops the reply in red, what the agent should look at in amber.
void Composer::buildFindings(QVBoxLayout *layout)
{
    m_blocking = new QLabel(this);
    m_blocking->setObjectName(QStringLiteral("composerBlocking"));
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("composerWarnings"));
    for (QLabel *label : {m_blocking, m_warnings}) {
        label->setTextFormat(Qt::PlainText); // findings quote the customer's and agent's text
        label->setWordWrap(true);
        label->hide();
        layout->addWidget(label);
    }
    QPalette blockingPalette = m_blocking->palette();
    blockingPalette.setColor(QPalette::WindowText, slaColor(SlaState::Breached));
    m_blocking->setPalette(blockingPalette);
    QPalette warningPalette = m_warnings->palette();
    warningPalette.setColor(QPalette::WindowText, slaColor(SlaState::DueSoon));
    m_warnings->setPalette(warningPalette);
}

void Composer::buildTranslation(QVBoxLayout *layout)
{
    m_translation = new ReplyTranslationBar(this);
    layout->addWidget(m_translation);
    connect(m_translation, &ReplyTranslationBar::translateClicked, this, [this] {
        const QString text = m_editor->toPlainText().trimmed();
        if (!text.isEmpty())
            m_translation->request(text);
    });
    connect(m_translation, &ReplyTranslationBar::translationRequested, this,
            [this](quint64 requestId, const QString &text, const QString &from, const QString &to) {
                Q_EMIT replyTranslationRequested(requestId, m_conversationId, text, from, to,
                                                 m_agentName);
            });
    connect(m_translation, &ReplyTranslationBar::restoreRequested, this,
            [this](const QString &text) { m_editor->setPlainText(text); });
}

void Composer::setAgentLanguages(const QStringList &languages)
{
    if (languages.isEmpty())
        return;
    m_agentLanguages = languages;
    m_translation->setLanguages(m_agentLanguages, m_detail.language);
}

void Composer::showReplyTranslation(quint64 requestId, const Core::ReplyTranslation &translation)
{
    if (m_translation->showResult(requestId, translation))
        m_editor->setPlainText(translation.text); // the checks judge what will be sent
}

void Composer::buildButtonBar(QVBoxLayout *layout)
{
    auto *bottom = new QHBoxLayout;
    m_cannedButton = new QPushButton(tr("Canned…"), this);
    m_cannedButton->setObjectName(QStringLiteral("cannedButton"));
    m_cannedButton->setToolTip(tr("Insert a canned response (type / in the reply)"));
    m_handOffButton = new QPushButton(tr("Continue privately…"), this);
    m_handOffButton->setObjectName(QStringLiteral("handOffButton"));
    m_handOffButton->setToolTip(tr("Reply publicly and open a private conversation in one step"));
    m_moveToPrivate = new QPushButton(tr("Send as private message instead"), this);
    m_moveToPrivate->setObjectName(QStringLiteral("moveToPrivateButton"));
    m_moveToPrivate->hide();
    m_signOffLabel = new QLabel(this);
    m_signOffLabel->setObjectName(QStringLiteral("composerSignOff"));
    m_signOffLabel->setForegroundRole(QPalette::PlaceholderText);
    m_signOffLabel->setToolTip(tr("The channel signs public replies; change it in Settings › "
                                  "Channels"));
    m_signOffLabel->hide();
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("composerCounter"));
    m_counter->setAccessibleName(tr("Length"));
    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    bottom->addWidget(m_cannedButton);
    bottom->addWidget(m_handOffButton);
    bottom->addWidget(m_moveToPrivate);
    bottom->addStretch(1);
    bottom->addWidget(m_signOffLabel);
    bottom->addWidget(m_counter);
    bottom->addWidget(m_sendButton);
    layout->addLayout(bottom);
}

void Composer::clear()
{
    flushDraft();
    m_conversationId = 0;
    m_detail = {};
    m_insertedCanned.clear();
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->clear();
    }
    m_draftDirty = false;
    setEnabled(false);
    m_target->clear();
    m_translation->reset();
    m_translation->hide();
    runChecks();
}

void Composer::setConversation(const Core::ConversationDetail &detail)
{
    const bool sameConversation = detail.conversationId == m_conversationId;
    if (!sameConversation)
        flushDraft();
    m_detail = detail;
    setEnabled(true);
    if (!sameConversation) {
        m_conversationId = detail.conversationId;
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(detail.draft.text);
        m_insertedCanned = detail.draft.canned;
        m_draftDirty = false;
        // A conversation that is private already is answered privately.
        bool privateOnly = !detail.messages.isEmpty();
        for (const Core::MessageRecord &message : detail.messages)
            privateOnly = privateOnly && message.visibility == Core::Visibility::Private;
        m_visibility = detail.draft.text.isEmpty()
                           ? (privateOnly ? Core::Visibility::Private : Core::Visibility::Public)
                           : detail.draft.visibility;
        m_translation->reset();
    }
    m_translation->setLanguages(m_agentLanguages, detail.language);
    setVisibility(m_visibility);
    updateKnownWords();
}

void Composer::setCannedResponses(const QList<Core::CannedResponse> &responses)
{
    m_canned = responses;
}

void Composer::setAgentName(const QString &name)
{
    m_agentName = name;
    updateKnownWords();
}

void Composer::setVisibility(Core::Visibility visibility)
{
    if (visibility != m_visibility)
        scheduleDraftSave();
    m_visibility = visibility;
    m_publicButton->setChecked(visibility == Core::Visibility::Public);
    m_privateButton->setChecked(visibility == Core::Visibility::Private);
    if (m_conversationId != 0) {
        const QString who = QStringLiteral("@") + m_detail.customer.handle;
        m_target->setText(visibility == Core::Visibility::Public
                              ? tr("Everyone can see this reply to %1 on %2.")
                                    .arg(who, platformLabel(m_detail.platform))
                              : tr("Only %1 sees this private message.").arg(who));
    }
    runChecks();
}

void Composer::setSystemLocale(const QLocale &locale)
{
    m_systemRegion = Triage::PhoneRegions::ofLocale(locale);
    runChecks();
}

void Composer::setTeamDictionary(const QString &path)
{
    // Read once here, not at every conversation: words added later reach the highlighter
    // directly (SpellHighlighter::addToTeamDictionary).
    m_spelling->setTeamDictionary(path);
    // An unreadable file only means its words are underlined; "Add" then says why it fails.
    auto team = Spelling::teamDictionaryWords(path);
    m_teamWords = team ? team.value() : QStringList();
    updateKnownWords();
}

void Composer::updateKnownWords()
{
    QStringList words = m_teamWords;
    for (const QString &name : {m_agentName, m_detail.customer.displayName,
                                m_detail.customer.handle, m_detail.channelName})
        words += name.split(u' ', Qt::SkipEmptyParts);
    m_spelling->setKnownWords(words);
}

void Composer::setPersonalDataPatterns(const QList<Triage::PiiPattern> &patterns)
{
    m_checker = Compose::DraftChecker(Triage::PiiScanner(patterns));
    runChecks();
}

void Composer::restore(qint64 conversationId, const QString &text, Core::Visibility visibility)
{
    if (conversationId != m_conversationId)
        return;
    m_editor->setPlainText(text);
    setVisibility(visibility);
    m_editor->setFocus();
}

QHash<QString, QString> Composer::knownVariables() const
{
    const QString name = m_detail.customer.displayName;
    return {
        {QStringLiteral("customer.name"), name.section(QLatin1Char(' '), 0, 0)},
        {QStringLiteral("customer.full_name"), name},
        {QStringLiteral("customer.handle"), QStringLiteral("@") + m_detail.customer.handle},
        {QStringLiteral("agent.name"), m_agentName},
        {QStringLiteral("channel.name"), m_detail.channelName},
    };
}

Compose::DraftContext Composer::context(Core::Visibility visibility) const
{
    Compose::DraftContext context;
    context.platform = m_detail.platform;
    context.isPublic = visibility == Core::Visibility::Public;
    context.customerLanguage = m_detail.language.isEmpty() || m_detail.language == u"und"
                                   ? m_detail.customer.language
                                   : m_detail.language;
    // Where the customer's phone numbers are likely from: their own country when the platform
    // says it, the channel's, this computer's; the conversation's language adds its countries.
    context.regions = {Triage::PiiScanner::regionFromLocale(m_detail.customer.locale),
                       m_detail.channelRegion, m_systemRegion};
    for (const Core::CannedUse &use : m_insertedCanned)
        context.cannedTexts.append(use.insertedText);
    return context;
}

QString Composer::signOff() const
{
    const auto style = Compose::signOffStyleFromString(m_detail.channelSignOff);
    return Compose::signOffFor(style.value_or(Compose::SignOffStyle::None), m_agentName);
}

QString Composer::outgoing(const QString &text, Core::Visibility visibility) const
{
    // Public replies carry the channel's sign-off, counted in the platform's length.
    return visibility == Core::Visibility::Public ? Compose::withSignOff(text, signOff()) : text;
}

void Composer::runChecks()
{
    m_review =
        m_checker.review(outgoing(m_editor->toPlainText(), m_visibility), context(m_visibility));
    const QString signature = signOff();
    m_signOffLabel->setText(tr("Signed %1").arg(signature));
    m_signOffLabel->setVisible(m_visibility == Core::Visibility::Public && !signature.isEmpty());
    // Spelling follows what the draft is clearly written in (an agent writing in their own
    // language to translate it, say), else the customer's language.
    const QString customer = m_detail.language;
    const QString draft = m_review.draftLanguage;
    const bool draftIsClear =
        draft.size() == 2 && (m_review.languageMismatch || customer.size() != 2);
    m_spelling->setLanguage(draftIsClear           ? draft
                            : customer.size() == 2 ? customer
                                                   : QStringLiteral("en"));
    showReview();
}

void Composer::showReview()
{
    const Compose::DraftReview &review = m_review;
    m_counter->setText(tr("%1 / %2").arg(review.length.weightedLength).arg(review.length.limit));
    QPalette counterPalette = m_counter->palette();
    counterPalette.setColor(QPalette::WindowText, !review.empty && !review.length.valid
                                                      ? slaColor(SlaState::Breached)
                                                  : review.length.permillage >= 900
                                                      ? slaColor(SlaState::DueSoon)
                                                      : palette().color(QPalette::PlaceholderText));
    m_counter->setPalette(counterPalette);

    QStringList blocking;
    if (review.piiBlocksSending()) {
        QStringList found;
        for (const Triage::PiiFinding &finding : review.pii)
            found.append(finding.match);
        blocking.append(
            tr("Personal data in a public reply: %1. Continue in a private message instead.")
                .arg(found.join(u", ")));
    }
    if (!review.empty && !review.length.valid)
        blocking.append(tr("Too long for %1: %2 of %3.")
                            .arg(platformLabel(m_detail.platform))
                            .arg(review.length.weightedLength)
                            .arg(review.length.limit));
    if (!review.unfilledVariables.isEmpty())
        blocking.append(tr("Fill in: %1.").arg(review.unfilledVariables.join(u", ")));
    QStringList warnings;
    if (review.languageMismatch)
        warnings.append(tr("The customer writes in %1; this reply looks like %2.")
                            .arg(languageLabel(context(m_visibility).customerLanguage),
                                 languageLabel(review.draftLanguage)));
    if (review.unchangedCanned)
        warnings.append(tr("This is the canned text unchanged. Make it personal before sending."));
    m_blocking->setText(blocking.join(QLatin1Char('\n')));
    m_blocking->setVisible(!blocking.isEmpty());
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_moveToPrivate->setVisible(review.piiBlocksSending());
    m_sendButton->setEnabled(review.canSend() && m_conversationId != 0);
    m_sendButton->setText(m_visibility == Core::Visibility::Public ? tr("Send publicly")
                                                                   : tr("Send privately"));

    // Marks what the agent must change right in the text.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat problem;
    problem.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    problem.setUnderlineColor(slaColor(SlaState::Breached));
    const auto mark = [&](int start, int end) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format = problem;
        marks.append(selection);
    };
    if (review.piiBlocksSending()) {
        for (const Triage::PiiFinding &finding : review.pii)
            mark(finding.start, finding.end);
    }
    if (!review.empty && !review.length.valid &&
        review.length.validRangeEnd + 1 < m_editor->document()->characterCount())
        mark(review.length.validRangeEnd + 1, m_editor->document()->characterCount() - 1);
    m_editor->setExtraSelections(marks);
}

void Composer::scheduleDraftSave()
{
    if (m_conversationId == 0)
        return;
    m_draftDirty = true;
    m_draftTimer->start();
}

void Composer::flushDraft()
{
    m_draftTimer->stop();
    if (!m_draftDirty || m_conversationId == 0)
        return;
    m_draftDirty = false;
    Core::Draft draft;
    draft.text = m_editor->toPlainText().trimmed().isEmpty() ? QString() : m_editor->toPlainText();
    draft.visibility = m_visibility;
    draft.canned = draft.text.isEmpty() ? QList<Core::CannedUse>() : m_insertedCanned;
    Q_EMIT draftChanged(m_conversationId, draft);
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // "/" at the start of a word opens the canned responses; what follows searches them.
        if (key->text() == u"/" && m_conversationId != 0) {
            const QTextCursor cursor = m_editor->textCursor();
            const QString before = cursor.block().text().left(cursor.positionInBlock());
            if (before.isEmpty() || before.back().isSpace()) {
                openCannedPicker();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::openCannedPicker(const QString &search)
{
    if (m_conversationId == 0)
        return;
    CannedPicker picker(m_canned, context(m_visibility).customerLanguage, this);
    picker.setSearch(search);
    if (picker.exec() == QDialog::Accepted && picker.chosen())
        insertCanned(*picker.chosen());
    m_editor->setFocus();
}

bool Composer::insertCanned(const Core::CannedResponse &response)
{
    const QString language = context(m_visibility).customerLanguage;
    QHash<QString, QString> values = knownVariables();
    QString text = Core::fillVariables(response.textFor(language), values);
    // What CareDesk cannot know, the agent is asked for before the text goes in.
    if (const QStringList unfilled = Core::variablesIn(text); !unfilled.isEmpty()) {
        const auto asked = askForVariables(this, response.title, unfilled);
        if (!asked)
            return false;
        values.insert(*asked);
        text = Core::fillVariables(text, values);
    }
    QTextCursor cursor = m_editor->textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    if (!before.isEmpty() && !before.back().isSpace())
        text.prepend(QLatin1Char(' '));
    m_insertedCanned.append({response.id, response.title, text.trimmed()});
    cursor.insertText(text);
    m_editor->setTextCursor(cursor);
    runChecks();
    return true;
}

const Core::CannedResponse *Composer::cannedByShortcut(const QString &shortcut) const
{
    for (const Core::CannedResponse &response : m_canned) {
        if (response.shortcut == shortcut)
            return &response;
    }
    return nullptr;
}

QString Composer::cannedText(const QString &shortcut) const
{
    const Core::CannedResponse *response = cannedByShortcut(shortcut);
    return response ? Core::fillVariables(
                          response->textFor(context(Core::Visibility::Public).customerLanguage),
                          knownVariables())
                    : QString();
}

void Composer::send()
{
    runChecks();
    if (m_conversationId == 0 || !m_review.canSend())
        return;
    const QString text = outgoing(m_editor->toPlainText(), m_visibility).trimmed();
    Q_EMIT replyRequested(m_conversationId, {m_visibility == Core::Visibility::Public, text,
                                             m_insertedCanned, m_translation->translatedFrom()});
    m_translation->reset();
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->clear();
    }
    m_insertedCanned.clear();
    m_draftDirty = false; // the workspace clears the draft with the reply
    m_draftTimer->stop();
    runChecks();
}

void Composer::openHandOff()
{
    if (m_conversationId == 0)
        return;
    // What the agent wrote becomes the private opener: it may hold what must not be public.
    const QString draft = m_editor->toPlainText().trimmed();
    const QString opener = draft.isEmpty() ? cannedText(QStringLiteral("/opener")) : draft;
    const QString acknowledgement = cannedText(QStringLiteral("/dm"));
    HandoffDialog dialog(m_detail.customer.displayName, acknowledgement, opener, m_checker,
                         context(Core::Visibility::Public), context(Core::Visibility::Private),
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Core::CannedUse> publicCanned;
    if (const Core::CannedResponse *response = cannedByShortcut(QStringLiteral("/dm")))
        publicCanned.append({response->id, response->title, acknowledgement.trimmed()});
    QList<Core::CannedUse> privateCanned = m_insertedCanned;
    if (draft.isEmpty())
        if (const Core::CannedResponse *response = cannedByShortcut(QStringLiteral("/opener")))
            privateCanned = {{response->id, response->title, opener.trimmed()}};
    Q_EMIT handOffRequested(
        m_conversationId,
        {true, outgoing(dialog.publicText(), Core::Visibility::Public).trimmed(), publicCanned, {}},
        {false, dialog.privateText().trimmed(), privateCanned, {}});
    m_translation->reset();
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->clear();
    }
    m_insertedCanned.clear();
    m_draftDirty = false;
    m_draftTimer->stop();
    runChecks();
}

} // namespace CareDesk::Gui
