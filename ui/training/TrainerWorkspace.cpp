#include "TrainerWorkspace.h"

#include "Clock.h"
#include "ui/common/Presentation.h"
#include "ui/review/ReviewWorkspace.h"
#include "ui/settings/Preferences.h"
#include "ui/training/ScenarioEditor.h"

#include "review/TranscriptReport.h"
#include "workspace/WorkspaceService.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QString secsText(const std::optional<qint64> &secs)
{
    return secs ? Review::durationText(*secs) : QStringLiteral("–");
}

QString share(int part, int whole)
{
    return whole == 0 ? QStringLiteral("–") : QStringLiteral("%1/%2").arg(part).arg(whole);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TrainerWorkspace::TrainerWorkspace(const Core::Clock &clock, Preferences &preferences,
                                   QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("trainerWorkspace"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *start = new QPushButton(tr("Start a class…"), this);
    start->setObjectName(QStringLiteral("startClass"));
    start->setToolTip(
        tr("A practice inbox for each trainee, from a scenario; nothing reaches a real customer"));
    auto *open = new QPushButton(tr("Open class…"), this);
    auto *edit = new QPushButton(tr("Scenario editor…"), this);
    edit->setObjectName(QStringLiteral("openScenarioEditor"));
    auto *fromHistory = new QPushButton(tr("Scenario from past conversations…"), this);
    fromHistory->setToolTip(tr("Real conversations of this workspace, with every customer and "
                               "their personal data made up"));
    m_title =
        new QLabel(tr("No class open. Start one from a scenario, or open a class folder."), this);
    m_title->setObjectName(QStringLiteral("classTitle"));
    m_title->setTextFormat(Qt::PlainText);
    bar->addWidget(start);
    bar->addWidget(open);
    bar->addWidget(edit);
    bar->addWidget(fromHistory);
    bar->addWidget(m_title, 1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_comparison = new QTableWidget(0, 11, splitter);
    m_comparison->setObjectName(QStringLiteral("traineeComparison"));
    m_comparison->setAccessibleName(tr("Trainees compared"));
    m_comparison->setHorizontalHeaderLabels(
        {tr("Trainee"), tr("Answered"), tr("Left open"), tr("First response"), tr("Slowest"),
         tr("Personal data in public"), tr("Private answered in public"), tr("Customer's language"),
         tr("Canned kept as is"), tr("Expectations met"), tr("QA")});
    m_comparison->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparison->setSelectionMode(QAbstractItemView::SingleSelection);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setStretchLastSection(true);

    m_details = new QTabWidget(splitter);
    m_report = new QTextBrowser(m_details);
    m_report->setObjectName(QStringLiteral("traineeReport"));
    m_report->setAccessibleName(tr("Practice report"));
    m_report->setOpenLinks(false);
    m_report->setPlaceholderText(tr("Choose a trainee to read the report of their run."));
    m_scorecard = new ReviewWorkspace(m_clock, m_details);
    m_scorecard->setObjectName(QStringLiteral("practiceScorecard"));
    auto *notesPage = new QWidget(m_details);
    auto *notesLayout = new QVBoxLayout(notesPage);
    m_notesEdit = new QPlainTextEdit(notesPage);
    m_notesEdit->setObjectName(QStringLiteral("trainerNotes"));
    m_notesEdit->setAccessibleName(tr("Trainer's notes"));
    m_notesEdit->setPlaceholderText(tr("What went well, what to practise next…"));
    auto *saveNotesButton = new QPushButton(tr("Save notes"), notesPage);
    auto *openInbox = new QPushButton(tr("Open this trainee's practice inbox"), notesPage);
    openInbox->setToolTip(tr("Starts CareDesk on the trainee's own practice workspace"));
    auto *notesBar = new QHBoxLayout;
    notesBar->addWidget(openInbox);
    notesBar->addStretch(1);
    notesBar->addWidget(saveNotesButton);
    notesLayout->addWidget(m_notesEdit);
    notesLayout->addLayout(notesBar);
    m_details->addTab(m_report, tr("Report"));
    m_details->addTab(m_scorecard, tr("Scorecard"));
    m_details->addTab(notesPage, tr("Notes"));
    splitter->addWidget(m_comparison);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({190, 520}); // room for a class of five before the table scrolls
    layout->addWidget(splitter, 1);

    connect(start, &QPushButton::clicked, this, &TrainerWorkspace::startClassDialog);
    connect(open, &QPushButton::clicked, this, &TrainerWorkspace::openClassDialog);
    connect(edit, &QPushButton::clicked, this, [this] { editScenario(QString()); });
    connect(fromHistory, &QPushButton::clicked, this, &TrainerWorkspace::scenarioFromHistoryDialog);
    connect(m_comparison, &QTableWidget::currentCellChanged, this,
            [this](int row) { selectTrainee(row); });
    connect(saveNotesButton, &QPushButton::clicked, this, &TrainerWorkspace::saveNotes);
    connect(openInbox, &QPushButton::clicked, this, [this] {
        if (m_selected < 0 || m_selected >= m_reports.size())
            return;
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--workspace"), m_reports[m_selected].workspace});
    });
}

void TrainerWorkspace::setClass(const Training::PracticeClassInfo &info,
                                const QList<Training::PracticeReport> &reports,
                                const QStringList &notes, const QList<double> &qaPercents)
{
    const QString selectedWorkspace = m_selected >= 0 && m_selected < m_reports.size()
                                          ? m_reports[m_selected].workspace
                                          : QString();
    m_class = info;
    m_reports = reports;
    m_preferences.setLastPracticeClass(info.directory);
    m_notes = notes;
    m_title->setText(
        tr("%1 · %n trainee(s) · started %2", nullptr, int(reports.size()))
            .arg(info.scenarioTitle.isEmpty() ? info.scenarioId : info.scenarioTitle,
                 QLocale().toString(info.createdAt.toLocalTime(), QLocale::ShortFormat)));
    const QSignalBlocker blocker(m_comparison);
    m_comparison->setRowCount(int(reports.size()));
    int reselect = reports.isEmpty() ? -1 : 0;
    for (int row = 0; row < reports.size(); ++row) {
        const Training::PracticeReport &report = reports[row];
        if (report.workspace == selectedWorkspace)
            reselect = row;
        const int conversations = int(report.conversations.size());
        m_comparison->setItem(row, 0, readOnlyCell(report.trainee));
        m_comparison->setItem(row, 1,
                              readOnlyCell(share(report.answeredConversations, conversations)));
        m_comparison->setItem(row, 2, readOnlyCell(QString::number(report.openMessages.size())));
        m_comparison->setItem(row, 3, readOnlyCell(secsText(report.medianFirstResponseSecs)));
        m_comparison->setItem(row, 4, readOnlyCell(secsText(report.worstFirstResponseSecs)));
        m_comparison->setItem(row, 5, readOnlyCell(QString::number(report.piiLeaks.size())));
        m_comparison->setItem(
            row, 6, readOnlyCell(QString::number(report.privateMessagesAnsweredInPublic)));
        m_comparison->setItem(row, 7,
                              readOnlyCell(share(report.languageMatched, report.languageChecked)));
        m_comparison->setItem(
            row, 8,
            readOnlyCell(report.cannedRecorded
                             ? share(report.cannedUnchanged(), int(report.cannedUses.size()))
                             : tr("not recorded")));
        m_comparison->setItem(
            row, 9, readOnlyCell(share(report.expectationsMet(), int(report.expectations.size()))));
        const double qa = qaPercents.value(row, -1);
        m_comparison->setItem(
            row, 10,
            readOnlyCell(qa < 0 ? QStringLiteral("–") : QStringLiteral("%1 %").arg(qa, 0, 'f', 0)));
    }
    m_selected = -1;
    m_comparison->setCurrentCell(reselect, 0);
    selectTrainee(reselect);
}

void TrainerWorkspace::reopenLastClass()
{
    if (m_reopened || !m_class.directory.isEmpty())
        return;
    m_reopened = true;
    const QString last = m_preferences.lastPracticeClass();
    if (!last.isEmpty() && QFileInfo::exists(Training::PracticeClass::classFileIn(last)))
        Q_EMIT classOpenRequested(last);
}

void TrainerWorkspace::selectTrainee(int row)
{
    if (row < 0 || row >= m_reports.size() || row == m_selected)
        return;
    m_selected = row;
    const Training::PracticeReport &report = m_reports[row];
    m_report->setHtml(reportHtml(report));
    m_notesEdit->setPlainText(m_notes.value(row));
    m_scorecard->setEnabled(true);
    Q_EMIT traineeSelected(report.workspace);
    m_scorecard->refresh();
}

void TrainerWorkspace::setNotes(const QString &text)
{
    m_notesEdit->setPlainText(text);
}

void TrainerWorkspace::saveNotes()
{
    if (m_selected < 0 || m_selected >= m_reports.size())
        return;
    m_notes.resize(m_reports.size());
    m_notes[m_selected] = m_notesEdit->toPlainText();
    Q_EMIT notesSaveRequested(m_reports[m_selected].workspace, m_notesEdit->toPlainText());
}

QString TrainerWorkspace::reportHtml(const Training::PracticeReport &report)
{
    QString html =
        QStringLiteral("<h2>") + esc(report.trainee) + QStringLiteral("</h2><p>") +
        esc(tr("Scenario: %1")
                .arg(report.scenarioTitle.isEmpty() ? report.scenarioId : report.scenarioTitle)) +
        QStringLiteral("</p><table cellpadding=\"3\">");
    const auto row = [&html](const QString &name, const QString &value) {
        html += QStringLiteral("<tr><th align=\"left\">") + esc(name) +
                QStringLiteral("</th><td>") + esc(value) + QStringLiteral("</td></tr>");
    };
    row(tr("Conversations answered"),
        share(report.answeredConversations, int(report.conversations.size())));
    row(tr("First response (median / slowest)"), secsText(report.medianFirstResponseSecs) +
                                                     QStringLiteral(" / ") +
                                                     secsText(report.worstFirstResponseSecs));
    row(tr("Customer messages dealt with"),
        share(report.addressedMessages, report.inboundMessages));
    row(tr("Replies in public / in private"),
        QStringLiteral("%1 / %2").arg(report.publicReplies).arg(report.privateReplies));
    row(tr("Private messages answered in public"),
        QString::number(report.privateMessagesAnsweredInPublic));
    row(tr("Public replies showing personal data"), QString::number(report.piiLeaks.size()));
    row(tr("Replies in the customer's language"),
        share(report.languageMatched, report.languageChecked));
    row(tr("Canned responses sent as they were"),
        report.cannedRecorded ? share(report.cannedUnchanged(), int(report.cannedUses.size()))
                              : tr("not recorded"));
    row(tr("Expected outcomes met"),
        share(report.expectationsMet(), int(report.expectations.size())));
    html += QStringLiteral("</table>");

    if (!report.expectations.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Expected outcomes")) + QStringLiteral("</h3><ul>");
        for (const Training::ExpectationScore &expectation : report.expectations)
            html += QStringLiteral("<li>") +
                    (expectation.met ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) +
                    esc(expectation.text.isEmpty() ? expectation.expect : expectation.text) +
                    QStringLiteral(" <i>") + esc(expectation.detail) + QStringLiteral("</i></li>");
        html += QStringLiteral("</ul>");
    }
    if (!report.openMessages.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Left open")) + QStringLiteral("</h3><ul>");
        for (const Training::OpenMessage &message : report.openMessages)
            html += QStringLiteral("<li><b>") + esc(message.customer) + QStringLiteral("</b>: ") +
                    esc(message.text) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (!report.piiLeaks.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Personal data shown in public")) +
                QStringLiteral("</h3><ul>");
        for (const Training::PiiLeak &leak : report.piiLeaks)
            html += QStringLiteral("<li>") +
                    esc(tr("Conversation %1: %2")
                            .arg(leak.conversationId)
                            .arg(leak.kinds.join(QStringLiteral(", ")))) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (!report.languageMismatches.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Not in the customer's language")) +
                QStringLiteral("</h3><ul>");
        for (const Training::LanguageMismatch &mismatch : report.languageMismatches)
            html += QStringLiteral("<li>") +
                    esc(tr("Conversation %1: written in %2, the customer wrote in %3")
                            .arg(mismatch.conversationId)
                            .arg(mismatch.detected, mismatch.expected)) +
                    QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    if (report.cannedRecorded && !report.cannedUses.isEmpty()) {
        html += QStringLiteral("<h3>") + esc(tr("Canned responses")) + QStringLiteral("</h3><ul>");
        for (const Training::CannedUseScore &use : report.cannedUses)
            html +=
                QStringLiteral("<li>") + esc(use.title) + QStringLiteral(": ") +
                esc(use.editRatio == 0 ? tr("sent as it was")
                                       : tr("%1 % rewritten").arg(100 * use.editRatio, 0, 'f', 0)) +
                QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    return html;
}

void TrainerWorkspace::startClassDialog()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("startClassDialog"));
    dialog.setWindowTitle(tr("Start a practice class"));
    auto *form = new QFormLayout(&dialog);
    auto *scenario = new QLineEdit(Workspace::WorkspaceService::demoScenarioPath(), &dialog);
    scenario->setObjectName(QStringLiteral("classScenario"));
    auto *browseScenario = new QPushButton(tr("Choose…"), &dialog);
    auto *scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(scenario, 1);
    scenarioRow->addWidget(browseScenario);
    auto *trainees = new QPlainTextEdit(&dialog);
    trainees->setObjectName(QStringLiteral("classTrainees"));
    trainees->setPlaceholderText(tr("One trainee per line"));
    const QString defaultFolder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .absoluteFilePath(tr("CareDesk practice") + QLatin1Char('/') +
                              m_clock.now().toLocalTime().date().toString(Qt::ISODate));
    auto *folder = new QLineEdit(defaultFolder, &dialog);
    folder->setObjectName(QStringLiteral("classFolder"));
    auto *browseFolder = new QPushButton(tr("Choose…"), &dialog);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browseFolder);
    form->addRow(tr("Scenario:"), scenarioRow);
    form->addRow(tr("Trainees:"), trainees);
    form->addRow(tr("Class folder (new):"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(browseScenario, &QPushButton::clicked, &dialog, [this, owner = &dialog, scenario] {
        const QString path = QFileDialog::getOpenFileName(owner, tr("Scenario"), QString(),
                                                          tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            scenario->setText(path);
    });
    connect(browseFolder, &QPushButton::clicked, &dialog, [this, owner = &dialog, folder] {
        const QString path = QFileDialog::getExistingDirectory(owner, tr("Class folder"));
        if (!path.isEmpty())
            folder->setText(path);
    });
    dialog.resize(560, 320);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList names;
    for (const QString &line : trainees->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            names.append(line.trimmed());
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("Start a practice class"),
                                 tr("Name at least one trainee."));
        return;
    }
    Q_EMIT classStartRequested(scenario->text().trimmed(), names, folder->text().trimmed());
}

void TrainerWorkspace::openClassDialog()
{
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Open a practice class"), m_class.directory);
    if (!directory.isEmpty())
        Q_EMIT classOpenRequested(directory);
}

void TrainerWorkspace::scenarioFromHistoryDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Scenario from past conversations"));
    auto *form = new QFormLayout(&dialog);
    auto *count = new QSpinBox(&dialog);
    count->setRange(1, 200);
    count->setValue(10);
    form->addRow(tr("The most recent conversations:"), count);
    auto *hint = new QLabel(
        tr("Every customer gets a made-up name and handle; emails, phone numbers, cards, IBANs and "
           "order numbers are replaced with fake ones."),
        &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the scenario"), QStringLiteral("scenario.json"), tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        Q_EMIT scenarioFromHistoryRequested(count->value(), path);
}

void TrainerWorkspace::handleScenarioBuilt(const QString &path, const QString &summary)
{
    if (QMessageBox::question(this, tr("Scenario ready"),
                              tr("%1\n\nOpen it in the scenario editor?").arg(summary)) ==
        QMessageBox::Yes)
        editScenario(path);
}

void TrainerWorkspace::editScenario(const QString &path)
{
    auto *editor = new ScenarioEditor(this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QString error;
    if (!path.isEmpty() && !editor->loadFile(path, &error))
        QMessageBox::warning(this, tr("Scenario editor"), error);
    editor->show();
}

void TrainerWorkspace::handleFailure(const Core::Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Training"), error.userMessage, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("trainingProblem"));
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(error.detail);
    box.exec();
}

} // namespace CareDesk::Gui
