#include "ScenarioEditor.h"

#include "ui/training/ScenarioJson.h"

#include "scenario/Scenario.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace CareDesk::Gui {

namespace {

bool isWholeNumber(const QString &text)
{
    bool ok = false;
    text.trimmed().toLongLong(&ok);
    return ok;
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scenarioEditor"));
    auto *layout = new QVBoxLayout(this);
    buildFileBar(layout);
    buildFields(layout);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("scenarioTabs"));
    m_tabs->setAccessibleName(tr("Scenario parts"));
    m_tabs->addTab(buildTable(PersonasTable), tr("Personas"));
    m_tabs->addTab(buildTable(TimelineTable), tr("Timeline"));
    m_tabs->addTab(buildTable(ReactionsTable), tr("Reactions"));
    m_tabs->addTab(buildTable(ExpectationsTable), tr("Expectations"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildCheckPane(splitter));
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *closeButton = buttons->button(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("closeScenarioEditor"));
    closeButton->setAccessibleName(tr("Close scenario editor"));
    closeButton->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScenarioEditor::reject);

    updateTitle();
    resize(1000, 680);
}

void ScenarioEditor::buildFileBar(QVBoxLayout *layout)
{
    auto *fileBar = new QHBoxLayout;
    const auto fileButton = [this, fileBar](const QString &text, const QString &objectName,
                                            const QString &accessible) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setAccessibleName(accessible);
        button->setAutoDefault(false); // Return in a field must not start a new scenario
        fileBar->addWidget(button);
        return button;
    };
    QPushButton *newButton =
        fileButton(tr("New"), QStringLiteral("newScenario"), tr("New scenario"));
    QPushButton *openButton =
        fileButton(tr("Open…"), QStringLiteral("openScenario"), tr("Open scenario"));
    QPushButton *saveButton =
        fileButton(tr("Save"), QStringLiteral("saveScenario"), tr("Save scenario"));
    QPushButton *saveAsButton =
        fileButton(tr("Save as…"), QStringLiteral("saveScenarioAs"), tr("Save scenario as"));
    fileBar->addStretch(1);
    layout->addLayout(fileBar);
    connect(newButton, &QPushButton::clicked, this, &ScenarioEditor::newScenario);
    connect(openButton, &QPushButton::clicked, this, &ScenarioEditor::openFile);
    connect(saveButton, &QPushButton::clicked, this, &ScenarioEditor::save);
    connect(saveAsButton, &QPushButton::clicked, this, &ScenarioEditor::saveAs);
}

void ScenarioEditor::buildFields(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    const auto field = [this, form](const QString &label, const QString &objectName,
                                    const QString &accessible, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
        form->addRow(label, edit);
        return edit;
    };
    m_id =
        field(tr("Id:"), QStringLiteral("scenarioIdEdit"), tr("Scenario id"), tr("billing-drill"));
    m_title = field(tr("Title:"), QStringLiteral("scenarioTitleEdit"), tr("Scenario title"),
                    tr("What trainees will practise"));
    m_brandName = field(tr("Brand name:"), QStringLiteral("brandNameEdit"), tr("Brand name"),
                        tr("Northwind Mobile"));
    m_brandHandle = field(tr("Brand handle:"), QStringLiteral("brandHandleEdit"),
                          tr("Brand handle"), tr("The account customers mention"));
    layout->addLayout(form);
}

QWidget *ScenarioEditor::buildCheckPane(QWidget *parent)
{
    auto *checkPane = new QWidget(parent);
    auto *checkLayout = new QVBoxLayout(checkPane);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    auto *checkBar = new QHBoxLayout;
    m_summary = new QLabel(checkPane);
    m_summary->setObjectName(QStringLiteral("scenarioCheckSummary"));
    m_summary->setAccessibleName(tr("Check result"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *checkButton = new QPushButton(tr("Check"), checkPane);
    checkButton->setObjectName(QStringLiteral("checkScenario"));
    checkButton->setAccessibleName(tr("Check scenario"));
    checkButton->setToolTip(
        tr("Lists every problem the practice channel would find in this scenario"));
    checkButton->setAutoDefault(false);
    checkBar->addWidget(m_summary, 1);
    checkBar->addWidget(checkButton);
    checkLayout->addLayout(checkBar);
    m_problemList = new QListWidget(checkPane);
    m_problemList->setObjectName(QStringLiteral("scenarioProblems"));
    m_problemList->setAccessibleName(tr("Problems"));
    m_problemList->setToolTip(tr("Double-click a problem to go to its place"));
    m_problemList->setWordWrap(true);
    checkLayout->addWidget(m_problemList, 1);
    connect(checkButton, &QPushButton::clicked, this, &ScenarioEditor::check);
    connect(m_problemList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showPlace(item->text()); });
    return checkPane;
}

ScenarioTable *ScenarioEditor::buildTable(Table which)
{
    auto *table = new ScenarioTable(
        which, labelsOf(which), [this](Cell type) { return choicesFor(type); }, this);
    m_tables[which] = table;
    connect(table, &ScenarioTable::edited, this, [this] { setModified(true); });
    connect(table, &ScenarioTable::addRowRequested, this, [this, which] { addRow(which); });
    return table;
}

ScenarioTable::Labels ScenarioEditor::labelsOf(Table which)
{
    switch (which) {
    case PersonasTable:
        return {QStringLiteral("personasTable"),
                tr("Personas"),
                {tr("Id"), tr("Name"), tr("Handle"), tr("Followers"), tr("Verified"), tr("Locale")},
                tr("Add persona"),
                tr("Remove persona"),
                tr("Move persona up"),
                tr("Move persona down"),
                QStringLiteral("Persona")};
    case TimelineTable:
        return {QStringLiteral("timelineTable"),
                tr("Timeline"),
                {tr("Id"), tr("At (s)"), tr("Persona"), tr("Kind"), tr("Thread"), tr("Reply to"),
                 tr("Text"), tr("Language")},
                tr("Add event"),
                tr("Remove event"),
                tr("Move event up"),
                tr("Move event down"),
                QStringLiteral("Event")};
    case ReactionsTable:
        return {QStringLiteral("reactionsTable"),
                tr("Reactions"),
                {tr("Id"), tr("After"), tr("On"), tr("Contains"), tr("Delay (s)"), tr("Wait (s)"),
                 tr("Persona"), tr("Kind"), tr("Thread"), tr("Reply to"), tr("Text"),
                 tr("Language")},
                tr("Add reaction"),
                tr("Remove reaction"),
                tr("Move reaction up"),
                tr("Move reaction down"),
                QStringLiteral("Reaction")};
    default:
        return {QStringLiteral("expectationsTable"),
                tr("Expectations"),
                {tr("Id"), tr("After"), tr("Expect"), tr("Within (s)"), tr("Contains"), tr("Text")},
                tr("Add expectation"),
                tr("Remove expectation"),
                tr("Move expectation up"),
                tr("Move expectation down"),
                QStringLiteral("Expectation")};
    }
}

QStringList ScenarioEditor::choicesFor(Cell type) const
{
    switch (type) {
    case Cell::Kind:
        return {QStringLiteral("mention"), QStringLiteral("comment"), QStringLiteral("dm")};
    case Cell::Trigger:
        return {QStringLiteral("public-reply"), QStringLiteral("dm"), QStringLiteral("any-reply"),
                QStringLiteral("no-reply")};
    case Cell::Outcome:
        return {QStringLiteral("dm"), QStringLiteral("public-reply"), QStringLiteral("any-reply"),
                QStringLiteral("resolved")};
    case Cell::Persona:
        return m_tables.at(PersonasTable)->columnValues(PersonaId);
    case Cell::Event:
        return m_tables.at(TimelineTable)->columnValues(EventId);
    case Cell::EventOrReaction:
        return m_tables.at(TimelineTable)->columnValues(EventId) +
               m_tables.at(ReactionsTable)->columnValues(ReactionId);
    default:
        return QStringList();
    }
}

QTableWidget *ScenarioEditor::table(Table which) const
{
    return m_tables.at(which)->table();
}

void ScenarioEditor::setScenario(const Training::Scenario &scenario)
{
    loadJson(QJsonDocument::fromJson(scenario.toJson()).object());
    m_path.clear();
    showProblems({}, QString());
    m_checked = false;
    setModified(true); // in no file yet
}

bool ScenarioEditor::loadFile(const QString &path, QString *error)
{
    const std::optional<QJsonObject> root = ScenarioJson::readFile(path, error);
    if (!root)
        return false;
    loadJson(*root);
    m_path = path;
    setModified(false);
    check();
    return true;
}

void ScenarioEditor::loadJson(const QJsonObject &root)
{
    m_id->setText(root.value(QLatin1String("id")).toString());
    m_title->setText(root.value(QLatin1String("title")).toString());
    const QJsonObject brand = root.value(QLatin1String("brand")).toObject();
    m_brandName->setText(brand.value(QLatin1String("name")).toString());
    m_brandHandle->setText(brand.value(QLatin1String("handle")).toString());
    for (int which = 0; which < TableCount; ++which)
        ScenarioJson::loadTable(root.value(listKey(which)).toArray(), *m_tables.at(which));
}

void ScenarioEditor::clearDocument()
{
    for (QLineEdit *edit : {m_id, m_title, m_brandName, m_brandHandle})
        edit->clear();
    for (ScenarioTable *table : m_tables)
        table->resetRows(0);
    m_path.clear();
    showProblems({}, QString());
    m_checked = false;
    setModified(false);
}

QByteArray ScenarioEditor::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("caredesk-scenario")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("id"), m_id->text().trimmed()}};
    if (!m_title->text().trimmed().isEmpty())
        root.insert(QStringLiteral("title"), m_title->text().trimmed());
    QJsonObject brand;
    if (!m_brandName->text().trimmed().isEmpty())
        brand.insert(QStringLiteral("name"), m_brandName->text().trimmed());
    if (!m_brandHandle->text().trimmed().isEmpty())
        brand.insert(QStringLiteral("handle"), m_brandHandle->text().trimmed());
    if (!brand.isEmpty())
        root.insert(QStringLiteral("brand"), brand);

    for (int which = 0; which < TableCount; ++which) {
        const QJsonArray items = ScenarioJson::tableItems(*m_tables.at(which));
        if (which <= TimelineTable || !items.isEmpty())
            root.insert(listKey(which), items);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList ScenarioEditor::ownProblems() const
{
    // What the parser reads without complaint but would not keep as typed.
    QStringList problems;
    for (int row = 0; row < m_tables.at(PersonasTable)->rowCount(); ++row) {
        const QString followers = m_tables.at(PersonasTable)->cellText(row, PersonaFollowers);
        if (!followers.trimmed().isEmpty() && !isWholeNumber(followers))
            problems.append(tr("personas[%1].followers: a whole number is required").arg(row));
    }
    for (int row = 0; row < m_tables.at(ReactionsTable)->rowCount(); ++row) {
        for (const int column : {int(ReactionDelay), int(ReactionWait)}) {
            const QString seconds = m_tables.at(ReactionsTable)->cellText(row, column);
            if (!seconds.trimmed().isEmpty() && !isWholeNumber(seconds))
                problems.append(tr("reactions[%1].%2: seconds, a whole number, are required")
                                    .arg(row)
                                    .arg(QLatin1String(columnsOf(ReactionsTable)[column].key)));
        }
        const QString contains =
            m_tables.at(ReactionsTable)->cellText(row, ReactionContains).trimmed();
        const QStringList words = contains.split(QLatin1Char(','));
        for (qsizetype w = 0; !contains.isEmpty() && w < words.size(); ++w) {
            if (words.at(w).trimmed().isEmpty())
                problems.append(
                    tr("reactions[%1].contains[%2]: a word is required").arg(row).arg(w));
        }
    }
    return problems;
}

QStringList ScenarioEditor::check()
{
    QStringList problems;
    const std::optional<Training::Scenario> scenario =
        Training::Scenario::parse(toJson(), problems);
    problems += ownProblems();
    QString summary;
    if (problems.isEmpty() && scenario) {
        summary = tr("No problems: %1 personas, %2 events, %3 reactions, %4 expectations.")
                      .arg(scenario->personas.size())
                      .arg(scenario->timeline.size())
                      .arg(scenario->reactions.size())
                      .arg(scenario->expectations.size());
    } else {
        summary = tr("Problems: %1. Double-click one to go to its place.").arg(problems.size());
    }
    showProblems(problems, summary);
    m_checked = true;
    return problems;
}

void ScenarioEditor::showProblems(const QStringList &problems, const QString &summary)
{
    m_problems = problems;
    m_problemList->clear();
    for (const QString &problem : problems)
        m_problemList->addItem(problem); // plain text: a problem quotes what was typed
    m_summary->setText(summary);
}

bool ScenarioEditor::showPlace(const QString &problem)
{
    static const QRegularExpression itemPlace(QStringLiteral(
        "^(personas|timeline|reactions|expectations)\\[(\\d+)\\](?:\\.([A-Za-z]+))?"));
    static const QRegularExpression wholePlace(
        QStringLiteral("^(id|title|brand|personas|timeline|reactions|expectations)[.:]"));
    if (const QRegularExpressionMatch match = itemPlace.match(problem); match.hasMatch()) {
        const int which = tableOf(match.captured(1));
        QTableWidget *table = m_tables.at(which)->table();
        const int row = match.captured(2).toInt();
        if (row >= table->rowCount())
            return false;
        int column = match.captured(3).isEmpty() ? -1 : columnOf(which, match.captured(3));
        if (column < 0)
            column = which == PersonasTable ? int(PersonaName)
                                            : 0; // "personas[2]: needs a name or a handle"
        m_tabs->setCurrentIndex(which);
        table->setCurrentCell(row, column);
        table->scrollToItem(table->item(row, column));
        table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    const QRegularExpressionMatch match = wholePlace.match(problem);
    if (!match.hasMatch())
        return false;
    const QString key = match.captured(1);
    if (const int which = tableOf(key); which >= 0) {
        m_tabs->setCurrentIndex(which);
        m_tables.at(which)->table()->setFocus(Qt::OtherFocusReason);
        return true;
    }
    QLineEdit *edit = key == u"id" ? m_id : key == u"title" ? m_title : m_brandName;
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    return true;
}

QString ScenarioEditor::uniqueId(const QString &prefix, const QList<Table> &among) const
{
    QStringList used;
    for (const Table which : among)
        used += m_tables.at(which)->columnValues(0);
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

void ScenarioEditor::addRow(Table which)
{
    ScenarioTable *table = m_tables.at(which);
    const int row = table->insertRow();
    fillRow(which, row);
    table->showCell(row, 0);
    setModified(true);
}

void ScenarioEditor::fillRow(Table which, int row)
{
    ScenarioTable *table = m_tables.at(which);
    const auto set = [table, row](int column, const QString &text) {
        table->setCell(row, column, text);
    };

    // What a new row most likely needs: a free id, and the event the trainer is looking at.
    const ScenarioTable *timeline = m_tables.at(TimelineTable);
    int eventRow = which == TimelineTable ? row - 1 : timeline->table()->currentRow();
    if (eventRow < 0 && which != TimelineTable)
        eventRow = timeline->rowCount() - 1;
    const auto eventField = [timeline, eventRow](int column) {
        return eventRow >= 0 ? timeline->cellText(eventRow, column).trimmed() : QString();
    };
    const QStringList personas = m_tables.at(PersonasTable)->columnValues(PersonaId);

    switch (which) {
    case PersonasTable:
        set(PersonaId, uniqueId(QStringLiteral("persona"), {PersonasTable}));
        break;
    case TimelineTable: {
        bool ok = false;
        const qint64 previous = eventField(EventAt).toLongLong(&ok);
        set(EventId, uniqueId(QStringLiteral("e"), {TimelineTable, ReactionsTable}));
        set(EventAt, QString::number(ok ? previous + 60 : 0));
        set(EventPersona, eventRow >= 0 ? eventField(EventPersona) : personas.value(0));
        set(EventKind, QStringLiteral("mention"));
        break;
    }
    case ReactionsTable:
        set(ReactionId, uniqueId(QStringLiteral("r"), {TimelineTable, ReactionsTable}));
        set(ReactionAfter, eventField(EventId));
        set(ReactionOn, QStringLiteral("any-reply"));
        set(ReactionPersona, eventRow >= 0 ? eventField(EventPersona) : personas.value(0));
        set(ReactionKind, eventRow >= 0 ? eventField(EventKind) : QStringLiteral("mention"));
        set(ReactionThread, eventField(EventThread));
        break;
    default:
        set(ExpectationId, uniqueId(QStringLiteral("x"), {ExpectationsTable}));
        set(ExpectationAfter, eventField(EventId));
        set(ExpectationExpect, QStringLiteral("any-reply"));
        break;
    }
}

bool ScenarioEditor::saveFile(const QString &path, QString *error)
{
    const QStringList found = check();
    if (!found.isEmpty()) {
        m_summary->setText(
            tr("Not saved. Problems: %1. Double-click one to go to its place.").arg(found.size()));
        if (error)
            *error =
                tr("Not saved: the scenario has problems.\n%1").arg(found.join(QLatin1Char('\n')));
        return false;
    }
    if (!ScenarioJson::writeFile(path, toJson(), error))
        return false;
    m_path = path;
    setModified(false);
    Q_EMIT saved(path);
    return true;
}

void ScenarioEditor::newScenario()
{
    if (maybeDiscard())
        clearDocument();
}

void ScenarioEditor::openFile()
{
    if (!maybeDiscard())
        return;
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), dir,
                                                      tr("Scenario files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadFile(path, &error))
        warn(tr("Open scenario"), error);
}

bool ScenarioEditor::save()
{
    if (m_path.isEmpty())
        return saveAs();
    QString error;
    if (saveFile(m_path, &error))
        return true;
    if (m_problems.isEmpty()) // problems are listed already
        warn(tr("Save scenario"), error);
    return false;
}

bool ScenarioEditor::saveAs()
{
    // Asking for a name first and refusing after would waste the trainer's time.
    if (const QStringList found = check(); !found.isEmpty()) {
        m_summary->setText(
            tr("Not saved. Problems: %1. Double-click one to go to its place.").arg(found.size()));
        return false;
    }
    const QString id = m_id->text().trimmed();
    const QString suggested = m_path.isEmpty()
                                  ? QDir(QDir::homePath())
                                        .filePath((id.isEmpty() ? QStringLiteral("scenario") : id) +
                                                  QStringLiteral(".json"))
                                  : m_path;
    QFileDialog dialog(this, tr("Save scenario as"), suggested,
                       tr("Scenario files (*.json);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("json"));
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    QString error;
    if (saveFile(dialog.selectedFiles().constFirst(), &error))
        return true;
    warn(tr("Save scenario"), error);
    return false;
}

void ScenarioEditor::reject()
{
    if (maybeDiscard())
        QDialog::reject();
}

bool ScenarioEditor::maybeDiscard()
{
    if (!m_modified)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Scenario editor"),
                    tr("The scenario has changes that are not saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void ScenarioEditor::warn(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText); // file names and problems quote what was typed
    box.exec();
}

void ScenarioEditor::setModified(bool modified)
{
    if (modified && m_checked)
        m_summary->setText(tr("Changed since the last check."));
    m_modified = modified;
    updateTitle();
}

void ScenarioEditor::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled") : QFileInfo(m_path).fileName();
    setWindowTitle(
        tr("%1%2 - Scenario editor").arg(name, m_modified ? QStringLiteral("*") : QString()));
}

} // namespace CareDesk::Gui
