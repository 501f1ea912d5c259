#include "ReviewWorkspace.h"

#include "PdfExport.h"

#include "Clock.h"
#include "ui/common/HistoryOffer.h"
#include "ui/common/Presentation.h"

#include "review/TranscriptReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

enum Column {
    Started,
    Customer,
    Channel,
    Agent,
    Category,
    Language,
    Status,
    FirstResponse,
    Sla,
    Score,
    ColumnCount
};

// The score choices, in the order of the combo box: index 0 = met (2) ... 3 = does not apply.
std::optional<int> scoreAt(int index)
{
    return index >= 0 && index <= 2 ? std::optional<int>(2 - index) : std::nullopt;
}

int indexOf(const std::optional<int> &score)
{
    return score ? 2 - *score : 3;
}

} // namespace

ReviewWorkspace::ReviewWorkspace(const Core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(splitter);

    QWidget *left = buildTranscriptList(splitter);
    buildTranscriptView(splitter);
    QScrollArea *scroll = buildScorecard(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_transcript);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 5);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({520, 460, 300});
    scroll->setMinimumWidth(260);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connectFilters();
    connectSheet();
}

QWidget *ReviewWorkspace::buildTranscriptList(QWidget *parent)
{
    // Left: which transcripts.
    auto *left = new QWidget(parent);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(buildFilters(left));
    m_historyOffer = new HistoryOffer(left);
    leftLayout->addWidget(m_historyOffer);
    connect(m_historyOffer, &HistoryOffer::periodChosen, this,
            [this](const QDate &first, const QDate &last) {
                // The list asks again once, for both dates.
                {
                    const QSignalBlocker fromBlocker(m_from);
                    const QSignalBlocker toBlocker(m_to);
                    m_from->setDate(first);
                    m_to->setDate(last);
                }
                refresh();
            });

    m_list = new QTableWidget(0, ColumnCount, left);
    m_list->setObjectName(QStringLiteral("transcriptList"));
    m_list->setAccessibleName(tr("Transcripts"));
    m_list->setHorizontalHeaderLabels({tr("Started"), tr("Customer"), tr("Channel"), tr("Agent"),
                                       tr("Category"), tr("Lang."), tr("Status"),
                                       tr("First response"), tr("SLA"), tr("QA")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_list, 1);
    m_listStatus = new QLabel(left);
    m_listStatus->setObjectName(QStringLiteral("transcriptCount"));
    auto *exportList = new QPushButton(tr("Export list…"), left);
    exportList->setToolTip(
        tr("Every transcript in the list, with its review, as one PDF or HTML file"));
    auto *listBar = new QHBoxLayout;
    listBar->addWidget(m_listStatus, 1);
    listBar->addWidget(exportList);
    leftLayout->addLayout(listBar);
    connect(exportList, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    return left;
}

QFormLayout *ReviewWorkspace::buildFilters(QWidget *left)
{
    auto *filters = new QFormLayout;
    m_agent = new QLineEdit(left);
    m_agent->setObjectName(QStringLiteral("reviewAgentFilter"));
    m_agent->setPlaceholderText(tr("Any agent"));
    m_agent->setAccessibleName(tr("Agent"));
    m_channel = new QComboBox(left);
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("All channels"), qint64(0));
    auto *dates = new QHBoxLayout;
    m_from = new QDateEdit(today().addDays(-30), left);
    m_to = new QDateEdit(today(), left);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        dates->addWidget(edit);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_category = new QComboBox(left);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : categories())
        m_category->addItem(categoryLabel(category), category);
    m_language = new QComboBox(left);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("All languages"), QString());
    m_outcome = new QComboBox(left);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Any outcome"), int(Review::TranscriptFilter::Outcome::Any));
    m_outcome->addItem(tr("Resolved"), int(Review::TranscriptFilter::Outcome::Resolved));
    m_outcome->addItem(tr("Not resolved"), int(Review::TranscriptFilter::Outcome::Unresolved));
    m_slaBreached = new QCheckBox(tr("SLA breached only"), left);
    m_unreviewed = new QCheckBox(tr("Not reviewed yet"), left);
    filters->addRow(tr("Agent:"), m_agent);
    filters->addRow(tr("Channel:"), m_channel);
    filters->addRow(tr("Started:"), dates);
    filters->addRow(tr("Category:"), m_category);
    filters->addRow(tr("Language:"), m_language);
    filters->addRow(tr("Outcome:"), m_outcome);
    filters->addRow(QString(), m_slaBreached);
    filters->addRow(QString(), m_unreviewed);
    return filters;
}

void ReviewWorkspace::buildTranscriptView(QWidget *parent)
{
    // Middle: the transcript.
    m_transcript = new QTextBrowser(parent);
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_transcript->setOpenLinks(false);
    m_transcript->setPlaceholderText(tr("Choose a conversation to read its transcript."));
}

QScrollArea *ReviewWorkspace::buildScorecard(QWidget *parent)
{
    // Right: the scorecard.
    auto *scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    auto *right = new QWidget(scroll);
    scroll->setWidget(right);
    auto *rightLayout = new QVBoxLayout(right);
    auto *title = new QLabel(tr("Scorecard"), right);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    rightLayout->addWidget(title);
    m_scorecard = new QWidget(right);
    m_scorecard->setLayout(new QFormLayout);
    rightLayout->addWidget(m_scorecard);
    rightLayout->addWidget(new QLabel(tr("Summary for the agent:"), right));
    m_summary = new QPlainTextEdit(right);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setAccessibleName(tr("Summary for the agent"));
    m_summary->setMaximumHeight(90);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(new QLabel(tr("Comments:"), right));
    m_comments = new QListWidget(right);
    m_comments->setObjectName(QStringLiteral("reviewComments"));
    m_comments->setAccessibleName(tr("Comments"));
    m_comments->setWordWrap(true);
    m_comments->setMaximumHeight(130);
    rightLayout->addWidget(m_comments);
    m_commentTarget = new QLabel(right);
    m_commentTarget->setTextFormat(Qt::PlainText);
    m_commentTarget->setWordWrap(true);
    rightLayout->addWidget(m_commentTarget);
    auto *commentBar = new QHBoxLayout;
    m_commentText = new QLineEdit(right);
    m_commentText->setObjectName(QStringLiteral("reviewCommentText"));
    m_commentText->setAccessibleName(tr("New comment"));
    m_commentText->setPlaceholderText(tr("Comment…"));
    auto *addCommentButton = new QPushButton(tr("Add"), right);
    auto *removeComment = new QPushButton(tr("Remove"), right);
    commentBar->addWidget(m_commentText, 1);
    commentBar->addWidget(addCommentButton);
    commentBar->addWidget(removeComment);
    rightLayout->addLayout(commentBar);
    m_save = new QPushButton(tr("Save review"), right);
    m_save->setObjectName(QStringLiteral("saveReview"));
    m_save->setDefault(true);
    m_reviewStatus = new QLabel(right);
    m_reviewStatus->setObjectName(QStringLiteral("reviewStatus"));
    m_reviewStatus->setWordWrap(true);
    auto *editScorecard = new QPushButton(tr("Edit scorecard…"), right);
    auto *exportOne = new QPushButton(tr("Export transcript…"), right);
    exportOne->setToolTip(
        tr("This transcript and its review as a PDF or HTML file, for audits and coaching"));
    rightLayout->addWidget(m_save);
    rightLayout->addWidget(m_reviewStatus);
    rightLayout->addStretch(1);
    rightLayout->addWidget(editScorecard);
    rightLayout->addWidget(exportOne);
    right->setEnabled(false);
    m_sheetPane = right;
    connect(addCommentButton, &QPushButton::clicked, this, [this] {
        addComment(m_commentMessage, m_commentText->text());
        m_commentText->clear();
    });
    connect(m_commentText, &QLineEdit::returnPressed, addCommentButton, &QPushButton::click);
    connect(removeComment, &QPushButton::clicked, this, [this] {
        const int row = m_comments->currentRow();
        if (row >= 0 && row < m_commentList.size()) {
            m_commentList.removeAt(row);
            showComments();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &ReviewWorkspace::save);
    connect(editScorecard, &QPushButton::clicked, this, &ReviewWorkspace::editScorecard);
    connect(exportOne, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    return scroll;
}

void ReviewWorkspace::connectFilters()
{
    // A change of filter asks again, once the lead has stopped typing.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(250);
    connect(debounce, &QTimer::timeout, this, &ReviewWorkspace::refresh);
    const auto later = [debounce] { debounce->start(); };
    connect(m_agent, &QLineEdit::textChanged, this, later);
    for (QComboBox *combo : {m_channel, m_category, m_language, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, later);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, later);
    for (QCheckBox *box : {m_slaBreached, m_unreviewed})
        connect(box, &QCheckBox::toggled, this, later);
}

void ReviewWorkspace::connectSheet()
{
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= m_rowIds.size())
            return;
        m_sheetPane->setEnabled(true);
        Q_EMIT reviewSheetRequested(m_rowIds[row], m_reviewer);
    });
    connect(m_transcript, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() != u"comment")
            return;
        m_commentMessage = url.path().toLongLong();
        m_commentTarget->setText(tr("Comment on the message of %1").arg([this] {
            for (const Review::TimelineEntry &entry : std::as_const(m_sheet.transcript.entries))
                if (entry.messageId == m_commentMessage)
                    return entry.at.toUTC().toString(QStringLiteral("HH:mm"));
            return QString();
        }()));
        m_commentText->setFocus();
    });
}

void ReviewWorkspace::setChannels(const QList<Core::ChannelSummary> &channels,
                                  const QStringList &languages)
{
    const qint64 channel = m_channel->currentData().toLongLong();
    const QString language = m_language->currentData().toString();
    const QSignalBlocker channelBlocker(m_channel);
    const QSignalBlocker languageBlocker(m_language);
    while (m_channel->count() > 1)
        m_channel->removeItem(1);
    for (const Core::ChannelSummary &summary : channels)
        m_channel->addItem(summary.name, summary.id);
    while (m_language->count() > 1)
        m_language->removeItem(1);
    for (const QString &code : languages)
        m_language->addItem(languageLabel(code), code);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

QDate ReviewWorkspace::today() const
{
    return m_clock.now().toLocalTime().date();
}

Review::TranscriptFilter ReviewWorkspace::filter() const
{
    Review::TranscriptFilter filter;
    filter.agent = m_agent->text().trimmed();
    filter.channelId = m_channel->currentData().toLongLong();
    // Whole days as the lead counts them, in local time.
    filter.from = m_from->date().startOfDay();
    // Up to today means up to now: a desk left open past midnight still lists new conversations.
    if (m_to->date() < today())
        filter.to = m_to->date().addDays(1).startOfDay();
    filter.category = m_category->currentData().toString();
    filter.language = m_language->currentData().toString();
    filter.outcome = Review::TranscriptFilter::Outcome(m_outcome->currentData().toInt());
    filter.slaBreachedOnly = m_slaBreached->isChecked();
    filter.unreviewedOnly = m_unreviewed->isChecked();
    return filter;
}

void ReviewWorkspace::refresh()
{
    Q_EMIT transcriptsRequested(filter());
}

void ReviewWorkspace::setTranscripts(const QList<Review::TranscriptRow> &rows)
{
    const qint64 selected = m_list->currentRow() >= 0 && m_list->currentRow() < m_rowIds.size()
                                ? m_rowIds[m_list->currentRow()]
                                : m_sheet.transcript.conversation.conversationId;
    const QSignalBlocker blocker(m_list);
    m_list->setRowCount(int(rows.size()));
    m_rowIds.clear();
    int selectedRow = -1;
    for (int row = 0; row < rows.size(); ++row) {
        const Review::TranscriptRow &transcript = rows[row];
        m_rowIds.append(transcript.conversationId);
        if (transcript.conversationId == selected)
            selectedRow = row;
        m_list->setItem(row, Started,
                        readOnlyCell(transcript.startedAt.toLocalTime().toString(
                            QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_list->setItem(row, Customer, readOnlyCell(transcript.customerName));
        m_list->setItem(row, Channel, readOnlyCell(transcript.channelName));
        m_list->setItem(row, Agent, readOnlyCell(transcript.agent));
        m_list->setItem(row, Category, readOnlyCell(categoryLabel(transcript.category)));
        m_list->setItem(row, Language, readOnlyCell(languageCode(transcript.language)));
        m_list->setItem(row, Status, readOnlyCell(statusLabel(transcript.status)));
        m_list->setItem(row, FirstResponse,
                        readOnlyCell(Review::durationText(transcript.firstResponseSecs)));
        auto *sla = readOnlyCell(transcript.slaBreached ? tr("breached") : tr("kept"));
        if (transcript.slaBreached)
            sla->setForeground(slaColor(SlaState::Breached));
        m_list->setItem(row, Sla, sla);
        m_list->setItem(
            row, Score,
            readOnlyCell(transcript.reviewPercent < 0
                             ? QString()
                             : QStringLiteral("%1 %").arg(transcript.reviewPercent, 0, 'f', 0)));
    }
    m_list->setCurrentCell(selectedRow, 0);
    // A full list is cut at the filter's limit: the lead must not take it for all there is.
    m_listStatus->setText(
        rows.size() >= filter().limit
            ? tr("The newest %1 transcripts: narrow the filters or the dates for the others.")
                  .arg(rows.size())
            : tr("%n transcript(s)", nullptr, int(rows.size())));
    m_historyOffer->withdraw();
    // Nothing open yet: the newest transcript is read first.
    if (selectedRow < 0 && !rows.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            if (m_list->currentRow() < 0 && m_list->rowCount() > 0)
                m_list->setCurrentCell(0, 0);
        });
    }
}

void ReviewWorkspace::setHistorySpan(const Review::HistorySpan &span)
{
    const Review::TranscriptFilter shown = filter();
    const bool outside = !span.isEmpty() &&
                         (span.first < shown.from || (shown.to.isValid() && span.last >= shown.to));
    if (!m_rowIds.isEmpty() || !outside) {
        m_historyOffer->withdraw();
        return;
    }
    const int days = int(m_from->date().daysTo(today()));
    const QString nothingHere =
        m_to->date() < today() ? tr("No transcripts from %1 to %2.")
                                     .arg(dayLabel(m_from->date()), dayLabel(m_to->date()))
        : days <= 0 ? tr("No transcripts today.")
                    : tr("No transcripts in the last %n day(s).", nullptr, days);
    m_historyOffer->offer(nothingHere, span.first.toLocalTime().date(),
                          span.last.toLocalTime().date());
}

void ReviewWorkspace::setReviewSheet(const Review::ReviewSheet &sheet)
{
    const bool sameConversation = sheet.transcript.conversation.conversationId ==
                                  m_sheet.transcript.conversation.conversationId;
    m_sheet = sheet;
    m_commentList = sheet.review.comments;
    m_commentMessage = 0;
    m_commentTarget->setText(
        tr("Comment on the whole conversation, or click Comment beside a message."));
    // The same transcript again (after a save) stays where the lead was reading.
    const int scroll = sameConversation ? m_transcript->verticalScrollBar()->value() : 0;
    m_transcript->setHtml(Review::transcriptReportHtml(sheet.transcript, nullptr, true));
    m_transcript->verticalScrollBar()->setValue(scroll);

    // One row per criterion: the score saved, else CareDesk's suggestion, else "does not apply".
    delete m_scorecard->layout();
    qDeleteAll(m_scorecard->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *form = new QFormLayout(m_scorecard);
    form->setRowWrapPolicy(
        QFormLayout::WrapAllRows); // criteria are sentences: each over its choice
    form->setContentsMargins(0, 0, 0, 0);
    m_scores.clear();
    for (const Review::Criterion &criterion : sheet.criteria) {
        auto *combo = new QComboBox(m_scorecard);
        combo->addItems({tr("Met"), tr("Partly"), tr("Not met"), tr("Does not apply")});
        combo->setAccessibleName(criterion.title);
        combo->setToolTip(criterion.description);
        std::optional<int> score;
        bool fromReview = false;
        for (const Review::CriterionScore &saved : sheet.review.scores) {
            if (saved.criterionId == criterion.id) {
                score = saved.score;
                fromReview = true;
            }
        }
        const bool suggested = !fromReview && sheet.suggested.contains(criterion.id);
        if (suggested)
            score = sheet.suggested.value(criterion.id);
        combo->setCurrentIndex(fromReview || suggested ? indexOf(score) : 3);
        auto *label = new QLabel(
            suggested ? tr("%1 (suggested)").arg(criterion.title) : criterion.title, m_scorecard);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setToolTip(criterion.description);
        label->setBuddy(combo);
        form->addRow(label, combo);
        m_scores.append(combo);
    }
    m_summary->setPlainText(sheet.review.summary);
    showComments();
    const double percent = sheet.review.percent();
    m_reviewStatus->setText(
        sheet.review.id == 0
            ? tr("Not reviewed yet. Agent: %1")
                  .arg(sheet.review.agent.isEmpty() ? tr("nobody") : sheet.review.agent)
            : tr("Saved %1 by %2: %3.")
                  .arg(QLocale().toString(sheet.review.updatedAt.toLocalTime(),
                                          QLocale::ShortFormat),
                       sheet.review.reviewer,
                       percent < 0 ? tr("not scored")
                                   : QStringLiteral("%1 %").arg(percent, 0, 'f', 0)));
}

void ReviewWorkspace::showComments()
{
    m_comments->clear();
    for (const Review::ReviewComment &comment : std::as_const(m_commentList)) {
        QString where = tr("Whole conversation");
        for (const Review::TimelineEntry &entry : std::as_const(m_sheet.transcript.entries))
            if (comment.messageId != 0 && entry.messageId == comment.messageId)
                where = tr("Message of %1").arg(entry.at.toUTC().toString(QStringLiteral("HH:mm")));
        m_comments->addItem(where + QStringLiteral(": ") + comment.text);
    }
}

void ReviewWorkspace::setScore(int criterionIndex, std::optional<int> score)
{
    if (criterionIndex >= 0 && criterionIndex < m_scores.size())
        m_scores[criterionIndex]->setCurrentIndex(indexOf(score));
}

void ReviewWorkspace::addComment(qint64 messageId, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    m_commentList.append({messageId, text.trimmed()});
    showComments();
}

void ReviewWorkspace::setSummary(const QString &text)
{
    m_summary->setPlainText(text);
}

Review::QaReview ReviewWorkspace::currentReview() const
{
    Review::QaReview review = m_sheet.review;
    review.reviewer = m_reviewer;
    review.summary = m_summary->toPlainText().trimmed();
    review.comments = m_commentList;
    review.scores.clear();
    for (int i = 0; i < m_scores.size() && i < m_sheet.criteria.size(); ++i) {
        const Review::Criterion &criterion = m_sheet.criteria[i];
        review.scores.append({criterion.id, criterion.title, criterion.weight,
                              scoreAt(m_scores[i]->currentIndex())});
    }
    return review;
}

void ReviewWorkspace::save()
{
    if (m_sheet.transcript.conversation.conversationId == 0)
        return;
    Q_EMIT reviewSaveRequested(currentReview());
}

void ReviewWorkspace::handleReviewSaved(qint64 conversationId, double)
{
    if (conversationId != m_sheet.transcript.conversation.conversationId)
        return;
    // The list's score column and the sheet's "reviewed" line catch up.
    refresh();
    Q_EMIT reviewSheetRequested(conversationId, m_reviewer);
}

void ReviewWorkspace::editScorecard()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Edit scorecard"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint = new QLabel(
        tr("The team's criteria, in order. Past reviews keep the wording they were scored with."),
        &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *table = new QTableWidget(0, 3, &dialog);
    table->setHorizontalHeaderLabels({tr("Criterion"), tr("What it means"), tr("Weight")});
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    QList<Review::Criterion> criteria = m_sheet.criteria;
    const auto addRow = [table](const Review::Criterion &criterion) {
        const int row = table->rowCount();
        table->insertRow(row);
        auto *titleItem = new QTableWidgetItem(criterion.title);
        titleItem->setData(Qt::UserRole, criterion.id);
        titleItem->setData(Qt::UserRole + 1, criterion.checkKey);
        table->setItem(row, 0, titleItem);
        table->setItem(row, 1, new QTableWidgetItem(criterion.description));
        auto *weight = new QSpinBox(table);
        weight->setRange(1, 10);
        weight->setValue(criterion.weight);
        table->setCellWidget(row, 2, weight);
    };
    for (const Review::Criterion &criterion : std::as_const(criteria))
        addRow(criterion);
    layout->addWidget(table, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add criterion"), &dialog);
    auto *remove = new QPushButton(tr("Remove"), &dialog);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, &dialog, [addRow, table] {
        addRow({0, tr("New criterion"), QString(), 1, QString()});
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, &dialog, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(680, 420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<Review::Criterion> edited;
    for (int row = 0; row < table->rowCount(); ++row) {
        Review::Criterion criterion;
        criterion.id = table->item(row, 0)->data(Qt::UserRole).toLongLong();
        criterion.checkKey = table->item(row, 0)->data(Qt::UserRole + 1).toString();
        criterion.title = table->item(row, 0)->text().trimmed();
        criterion.description =
            table->item(row, 1) ? table->item(row, 1)->text().trimmed() : QString();
        criterion.weight = qobject_cast<QSpinBox *>(table->cellWidget(row, 2))->value();
        if (!criterion.title.isEmpty())
            edited.append(criterion);
    }
    Q_EMIT criteriaSaveRequested(edited);
    if (m_sheet.transcript.conversation.conversationId != 0)
        Q_EMIT reviewSheetRequested(m_sheet.transcript.conversation.conversationId, m_reviewer);
}

void ReviewWorkspace::chooseExportFile(bool wholeList)
{
    if (wholeList ? m_rowIds.isEmpty() : m_sheet.transcript.conversation.conversationId == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export transcripts"),
                                                      QStringLiteral("transcripts.pdf"),
                                                      tr("PDF (*.pdf);;Web page (*.html)"));
    if (!path.isEmpty())
        exportTo(path, wholeList);
}

void ReviewWorkspace::exportTo(const QString &path, bool wholeList)
{
    const qint64 open = m_sheet.transcript.conversation.conversationId;
    const QList<qint64> ids =
        wholeList ? m_rowIds : (open == 0 ? QList<qint64>() : QList<qint64>{open});
    if (ids.isEmpty())
        return;
    m_reportPath = path;
    Q_EMIT reportRequested(ids, m_reviewer,
                           wholeList ? tr("Transcripts (%n)", nullptr, int(ids.size()))
                                     : tr("Transcript"));
}

void ReviewWorkspace::writeReport(const QString &html)
{
    if (m_reportPath.isEmpty())
        return;
    const QString path = std::exchange(m_reportPath, QString());
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        exportPdfInBackground(this, path, html, tr("CareDesk transcripts"));
        return;
    }
    QFile file(path);
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                         file.write(html.toUtf8()) >= 0 && file.flush();
    if (!written)
        QMessageBox::warning(this, tr("Export"), tr("The file %1 could not be written.").arg(path));
}

} // namespace CareDesk::Gui
