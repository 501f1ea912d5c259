#include "ScenarioEditor.h"

#include "training/Scenario.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSaveFile>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <span>

namespace CareDesk::Gui {

namespace {

// What a cell holds, which decides how it is edited and written to the file.
enum class Cell {
    Text,
    Integer,         // seconds or followers; written as a number, or as text when it is not one
    Check,           // a check box, written as true or left out
    Words,           // comma-separated, written as a list
    Kind,            // mention, comment, dm
    Trigger,         // a reaction's "on"
    Outcome,         // an expectation's "expect"
    Persona,         // a persona id
    Event,           // a timeline event id
    EventOrReaction, // a timeline event or reaction id
};

struct ColumnSpec
{
    const char *key; // the field in the file; a problem's place names it
    Cell type;
    bool required; // written even when empty, for the check to report it
};

constexpr ColumnSpec PERSONA_COLUMNS[] = {
    {"id", Cell::Text, true},         {"name", Cell::Text, false},
    {"handle", Cell::Text, false},    {"followers", Cell::Integer, false},
    {"verified", Cell::Check, false}, {"locale", Cell::Text, false},
};
constexpr ColumnSpec EVENT_COLUMNS[] = {
    {"id", Cell::Text, true},   {"at", Cell::Integer, true},   {"persona", Cell::Persona, true},
    {"kind", Cell::Kind, true}, {"thread", Cell::Text, false}, {"replyTo", Cell::Event, false},
    {"text", Cell::Text, true}, {"lang", Cell::Text, false},
};
constexpr ColumnSpec REACTION_COLUMNS[] = {
    {"id", Cell::Text, true},         {"after", Cell::EventOrReaction, true},
    {"on", Cell::Trigger, true},      {"contains", Cell::Words, false},
    {"delay", Cell::Integer, false},  {"wait", Cell::Integer, false},
    {"persona", Cell::Persona, true}, {"kind", Cell::Kind, true},
    {"thread", Cell::Text, false},    {"replyTo", Cell::EventOrReaction, false},
    {"text", Cell::Text, true},       {"lang", Cell::Text, false},
};
constexpr ColumnSpec EXPECTATION_COLUMNS[] = {
    {"id", Cell::Text, true},         {"after", Cell::EventOrReaction, true},
    {"expect", Cell::Outcome, true},  {"within", Cell::Integer, false},
    {"contains", Cell::Words, false}, {"text", Cell::Text, false},
};

constexpr const char *ARRAY_KEYS[] = {"personas", "timeline", "reactions", "expectations"};

std::span<const ColumnSpec> columnsOf(int table)
{
    switch (table) {
    case ScenarioEditor::PersonasTable:
        return PERSONA_COLUMNS;
    case ScenarioEditor::TimelineTable:
        return EVENT_COLUMNS;
    case ScenarioEditor::ReactionsTable:
        return REACTION_COLUMNS;
    default:
        return EXPECTATION_COLUMNS;
    }
}

int columnOf(int table, const QString &key)
{
    const auto columns = columnsOf(table);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (key == QLatin1String(columns[i].key))
            return static_cast<int>(i);
    }
    return -1;
}

bool isChoice(Cell type)
{
    return type == Cell::Kind || type == Cell::Trigger || type == Cell::Outcome ||
           type == Cell::Persona || type == Cell::Event || type == Cell::EventOrReaction;
}

// Ids may be typed freely (a persona still to be added); the format's own words may not.
bool isFreeChoice(Cell type)
{
    return type == Cell::Persona || type == Cell::Event || type == Cell::EventOrReaction;
}

// A customer's text is kept exactly; everything else loses stray spaces.
bool keepsSpaces(const ColumnSpec &column)
{
    return qstrcmp(column.key, "text") == 0;
}

QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const qint64 whole = value.toInteger(0);
        if (whole != 0 || value.toDouble() == 0.0)
            return QString::number(whole);
        return QString::number(value.toDouble());
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts.append(textOf(part));
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

bool isWholeNumber(const QString &text)
{
    bool ok = false;
    text.trimmed().toLongLong(&ok);
    return ok;
}

QTableWidgetItem *newCell(Cell type, const QString &text = QString(), bool checked = false)
{
    auto *item = new QTableWidgetItem; // a table item never renders markup
    if (type == Cell::Check) {
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    } else {
        item->setText(text);
    }
    return item;
}

// Edits a cell: a list of the format's words or of the ids in the scenario where the field takes
// one, whole numbers where it takes seconds, plain text elsewhere.
class CellDelegate final : public QStyledItemDelegate
{
public:
    CellDelegate(int table, std::function<QStringList(Cell)> choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_table(table)
        , m_choices(std::move(choices))
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const ColumnSpec &column = columnsOf(m_table)[static_cast<std::size_t>(index.column())];
        const QString name = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        QWidget *editor = nullptr;
        if (isChoice(column.type)) {
            auto *combo = new QComboBox(parent);
            combo->setEditable(isFreeChoice(column.type));
            combo->setInsertPolicy(QComboBox::NoInsert);
            if (!column.required)
                combo->addItem(QString());
            combo->addItems(m_choices(column.type));
            editor = combo;
        } else if (column.type == Cell::Integer) {
            auto *edit = new QLineEdit(parent);
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("-?\\d{0,15}")), edit));
            editor = edit;
        } else {
            editor = QStyledItemDelegate::createEditor(parent, option, index);
        }
        if (editor)
            editor->setAccessibleName(name);
        return editor;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        if (!combo) {
            QStyledItemDelegate::setEditorData(editor, index);
            return;
        }
        const QString value = index.data(Qt::EditRole).toString();
        int at = combo->findText(value);
        if (at < 0 && !combo->isEditable()) {
            combo->insertItem(
                0, value); // a value from the file the format does not know, until changed
            at = 0;
        }
        if (at >= 0)
            combo->setCurrentIndex(at);
        else
            combo->setEditText(value);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    int m_table;
    std::function<QStringList(Cell)> m_choices;
};

} // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("scenarioEditor"));
    auto *layout = new QVBoxLayout(this);

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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("scenarioTabs"));
    m_tabs->setAccessibleName(tr("Scenario parts"));
    m_tabs->addTab(buildTable(PersonasTable), tr("Personas"));
    m_tabs->addTab(buildTable(TimelineTable), tr("Timeline"));
    m_tabs->addTab(buildTable(ReactionsTable), tr("Reactions"));
    m_tabs->addTab(buildTable(ExpectationsTable), tr("Expectations"));
    splitter->addWidget(m_tabs);

    auto *checkPane = new QWidget(splitter);
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
    splitter->addWidget(checkPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *closeButton = buttons->button(QDialogButtonBox::Close);
    closeButton->setObjectName(QStringLiteral("closeScenarioEditor"));
    closeButton->setAccessibleName(tr("Close scenario editor"));
    closeButton->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(newButton, &QPushButton::clicked, this, &ScenarioEditor::newScenario);
    connect(openButton, &QPushButton::clicked, this, &ScenarioEditor::openFile);
    connect(saveButton, &QPushButton::clicked, this, &ScenarioEditor::save);
    connect(saveAsButton, &QPushButton::clicked, this, &ScenarioEditor::saveAs);
    connect(checkButton, &QPushButton::clicked, this, &ScenarioEditor::check);
    connect(m_problemList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showPlace(item->text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &ScenarioEditor::reject);

    updateTitle();
    resize(1000, 680);
}

QWidget *ScenarioEditor::buildTable(Table which)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    const auto columns = columnsOf(which);
    auto *table = new QTableWidget(0, static_cast<int>(columns.size()), page);
    m_tables[which] = table;

    QStringList headers;
    QString add, remove, up, down, noun;
    switch (which) {
    case PersonasTable:
        table->setObjectName(QStringLiteral("personasTable"));
        table->setAccessibleName(tr("Personas"));
        headers = {tr("Id"),        tr("Name"),     tr("Handle"),
                   tr("Followers"), tr("Verified"), tr("Locale")};
        add = tr("Add persona");
        remove = tr("Remove persona");
        up = tr("Move persona up");
        down = tr("Move persona down");
        noun = QStringLiteral("Persona");
        break;
    case TimelineTable:
        table->setObjectName(QStringLiteral("timelineTable"));
        table->setAccessibleName(tr("Timeline"));
        headers = {tr("Id"),     tr("At (s)"),   tr("Persona"), tr("Kind"),
                   tr("Thread"), tr("Reply to"), tr("Text"),    tr("Language")};
        add = tr("Add event");
        remove = tr("Remove event");
        up = tr("Move event up");
        down = tr("Move event down");
        noun = QStringLiteral("Event");
        break;
    case ReactionsTable:
        table->setObjectName(QStringLiteral("reactionsTable"));
        table->setAccessibleName(tr("Reactions"));
        headers = {tr("Id"),        tr("After"),    tr("On"),      tr("Contains"),
                   tr("Delay (s)"), tr("Wait (s)"), tr("Persona"), tr("Kind"),
                   tr("Thread"),    tr("Reply to"), tr("Text"),    tr("Language")};
        add = tr("Add reaction");
        remove = tr("Remove reaction");
        up = tr("Move reaction up");
        down = tr("Move reaction down");
        noun = QStringLiteral("Reaction");
        break;
    default:
        table->setObjectName(QStringLiteral("expectationsTable"));
        table->setAccessibleName(tr("Expectations"));
        headers = {tr("Id"),         tr("After"),    tr("Expect"),
                   tr("Within (s)"), tr("Contains"), tr("Text")};
        add = tr("Add expectation");
        remove = tr("Remove expectation");
        up = tr("Move expectation up");
        down = tr("Move expectation down");
        noun = QStringLiteral("Expectation");
        break;
    }
    table->setHorizontalHeaderLabels(headers);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        // The header says what a problem's place calls the column ("timeline[3].replyTo").
        const QString key = QLatin1String(columns[i].key);
        table->horizontalHeaderItem(static_cast<int>(i))
            ->setToolTip(columns[i].type == Cell::Words
                             ? tr("%1: words separated by commas").arg(key)
                             : key);
    }
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setItemDelegate(new CellDelegate(
        which,
        [this](Cell type) {
            switch (type) {
            case Cell::Kind:
                return QStringList{QStringLiteral("mention"), QStringLiteral("comment"),
                                   QStringLiteral("dm")};
            case Cell::Trigger:
                return QStringList{QStringLiteral("public-reply"), QStringLiteral("dm"),
                                   QStringLiteral("any-reply"), QStringLiteral("no-reply")};
            case Cell::Outcome:
                return QStringList{QStringLiteral("dm"), QStringLiteral("public-reply"),
                                   QStringLiteral("any-reply"), QStringLiteral("resolved")};
            case Cell::Persona:
                return columnValues(PersonasTable, PersonaId);
            case Cell::Event:
                return columnValues(TimelineTable, EventId);
            case Cell::EventOrReaction:
                return columnValues(TimelineTable, EventId) +
                       columnValues(ReactionsTable, ReactionId);
            default:
                return QStringList();
            }
        },
        table));
    connect(table, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });
    layout->addWidget(table, 1);

    auto *bar = new QHBoxLayout;
    const auto rowButton = [this, page, bar](const QString &text, const QString &objectName) {
        auto *button = new QPushButton(text, page);
        button->setObjectName(objectName);
        button->setAccessibleName(text);
        button->setAutoDefault(false);
        bar->addWidget(button);
        return button;
    };
    QPushButton *addButton = rowButton(add, QStringLiteral("add") + noun);
    QPushButton *removeButton = rowButton(remove, QStringLiteral("remove") + noun);
    QPushButton *upButton = rowButton(up, QStringLiteral("move") + noun + QStringLiteral("Up"));
    QPushButton *downButton =
        rowButton(down, QStringLiteral("move") + noun + QStringLiteral("Down"));
    bar->addStretch(1);
    layout->addLayout(bar);
    connect(addButton, &QPushButton::clicked, this, [this, which] { addRow(which); });
    connect(removeButton, &QPushButton::clicked, this, [this, which] { removeRow(which); });
    connect(upButton, &QPushButton::clicked, this, [this, which] { moveRow(which, -1); });
    connect(downButton, &QPushButton::clicked, this, [this, which] { moveRow(which, 1); });
    return page;
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
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray json = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto line = json.left(parseError.offset).count('\n') + 1;
        return fail(tr("%1 is not a scenario file: line %2: %3")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(line)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QLatin1String("format")).toString() != u"caredesk-scenario" ||
        root.value(QLatin1String("version")).toInt(-1) != 1)
        return fail(tr("%1 is not a CareDesk scenario of format version 1.")
                        .arg(QDir::toNativeSeparators(path)));

    loadJson(root);
    m_path = path;
    setModified(false);
    check();
    return true;
}

void ScenarioEditor::loadJson(const QJsonObject &root)
{
    m_loading = true;
    m_id->setText(root.value(QLatin1String("id")).toString());
    m_title->setText(root.value(QLatin1String("title")).toString());
    const QJsonObject brand = root.value(QLatin1String("brand")).toObject();
    m_brandName->setText(brand.value(QLatin1String("name")).toString());
    m_brandHandle->setText(brand.value(QLatin1String("handle")).toString());
    for (int which = 0; which < TableCount; ++which) {
        QTableWidget *table = m_tables.at(which);
        const auto columns = columnsOf(which);
        const QJsonArray items = root.value(QLatin1String(ARRAY_KEYS[which])).toArray();
        table->setRowCount(0);
        table->setRowCount(static_cast<int>(items.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const QJsonObject object = items.at(row).toObject();
            for (std::size_t column = 0; column < columns.size(); ++column) {
                const QJsonValue value = object.value(QLatin1String(columns[column].key));
                table->setItem(row, static_cast<int>(column),
                               newCell(columns[column].type, textOf(value), value.toBool()));
            }
        }
        table->resizeColumnsToContents();
        for (int column = 0; column < table->columnCount(); ++column)
            table->setColumnWidth(column, std::min(table->columnWidth(column), 360));
    }
    m_loading = false;
}

void ScenarioEditor::clearDocument()
{
    m_loading = true;
    for (QLineEdit *edit : {m_id, m_title, m_brandName, m_brandHandle})
        edit->clear();
    for (QTableWidget *table : m_tables)
        table->setRowCount(0);
    m_loading = false;
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
        const QTableWidget *table = m_tables.at(which);
        const auto columns = columnsOf(which);
        QJsonArray items;
        for (int row = 0; row < table->rowCount(); ++row) {
            QJsonObject object;
            for (std::size_t i = 0; i < columns.size(); ++i) {
                const ColumnSpec &column = columns[i];
                const QString key = QLatin1String(column.key);
                const QTableWidgetItem *item = table->item(row, static_cast<int>(i));
                const QString raw = item ? item->text() : QString();
                const QString text = keepsSpaces(column) ? raw : raw.trimmed();
                switch (column.type) {
                case Cell::Check:
                    if (item && item->checkState() == Qt::Checked)
                        object.insert(key, true);
                    break;
                case Cell::Integer:
                    if (!text.isEmpty()) {
                        bool ok = false;
                        const qint64 number = text.toLongLong(&ok);
                        object.insert(key, ok ? QJsonValue(number) : QJsonValue(text));
                    }
                    break;
                case Cell::Words:
                    if (!text.isEmpty()) {
                        QJsonArray words;
                        for (const QString &word : text.split(QLatin1Char(',')))
                            words.append(word.trimmed());
                        object.insert(key, words);
                    }
                    break;
                default:
                    if (column.required || !text.trimmed().isEmpty())
                        object.insert(key, text);
                    break;
                }
            }
            items.append(object);
        }
        if (which <= TimelineTable || !items.isEmpty())
            root.insert(QLatin1String(ARRAY_KEYS[which]), items);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList ScenarioEditor::ownProblems() const
{
    // What the parser reads without complaint but would not keep as typed.
    QStringList problems;
    for (int row = 0; row < m_tables.at(PersonasTable)->rowCount(); ++row) {
        const QString followers = cellText(PersonasTable, row, PersonaFollowers);
        if (!followers.trimmed().isEmpty() && !isWholeNumber(followers))
            problems.append(tr("personas[%1].followers: a whole number is required").arg(row));
    }
    for (int row = 0; row < m_tables.at(ReactionsTable)->rowCount(); ++row) {
        for (const int column : {int(ReactionDelay), int(ReactionWait)}) {
            const QString seconds = cellText(ReactionsTable, row, column);
            if (!seconds.trimmed().isEmpty() && !isWholeNumber(seconds))
                problems.append(tr("reactions[%1].%2: seconds, a whole number, are required")
                                    .arg(row)
                                    .arg(QLatin1String(REACTION_COLUMNS[column].key)));
        }
        const QString contains = cellText(ReactionsTable, row, ReactionContains).trimmed();
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
    const auto tableNamed = [](const QString &key) {
        for (int which = 0; which < TableCount; ++which) {
            if (key == QLatin1String(ARRAY_KEYS[which]))
                return which;
        }
        return -1;
    };

    if (const QRegularExpressionMatch match = itemPlace.match(problem); match.hasMatch()) {
        const int which = tableNamed(match.captured(1));
        QTableWidget *table = m_tables.at(which);
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
    if (const int which = tableNamed(key); which >= 0) {
        m_tabs->setCurrentIndex(which);
        m_tables.at(which)->setFocus(Qt::OtherFocusReason);
        return true;
    }
    QLineEdit *edit = key == u"id" ? m_id : key == u"title" ? m_title : m_brandName;
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    return true;
}

QStringList ScenarioEditor::columnValues(Table which, int column) const
{
    QStringList values;
    for (int row = 0; row < m_tables.at(which)->rowCount(); ++row) {
        const QString value = cellText(which, row, column).trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

QString ScenarioEditor::cellText(Table which, int row, int column) const
{
    const QTableWidgetItem *item = m_tables.at(which)->item(row, column);
    return item ? item->text() : QString();
}

QString ScenarioEditor::uniqueId(const QString &prefix, const QList<Table> &among) const
{
    QStringList used;
    for (const Table which : among)
        used += columnValues(which, 0);
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

void ScenarioEditor::addRow(Table which)
{
    QTableWidget *table = m_tables.at(which);
    const int row = table->currentRow() >= 0 ? table->currentRow() + 1 : table->rowCount();
    m_loading = true;
    table->insertRow(row);
    fillRow(which, row);
    m_loading = false;
    table->setCurrentCell(row, 0);
    table->scrollToItem(table->item(row, 0));
    table->setFocus(Qt::OtherFocusReason);
    setModified(true);
}

void ScenarioEditor::fillRow(Table which, int row)
{
    QTableWidget *table = m_tables.at(which);
    const auto columns = columnsOf(which);
    for (std::size_t column = 0; column < columns.size(); ++column)
        table->setItem(row, static_cast<int>(column), newCell(columns[column].type));
    const auto set = [table, row](int column, const QString &text) {
        table->item(row, column)->setText(text);
    };

    // What a new row most likely needs: a free id, and the event the trainer is looking at.
    const QTableWidget *timeline = m_tables.at(TimelineTable);
    int eventRow = which == TimelineTable ? row - 1 : timeline->currentRow();
    if (eventRow < 0 && which != TimelineTable)
        eventRow = timeline->rowCount() - 1;
    const auto eventField = [this, eventRow](int column) {
        return eventRow >= 0 ? cellText(TimelineTable, eventRow, column).trimmed() : QString();
    };
    const QStringList personas = columnValues(PersonasTable, PersonaId);

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

void ScenarioEditor::removeRow(Table which)
{
    QTableWidget *table = m_tables.at(which);
    const int row = table->currentRow();
    if (row < 0)
        return;
    const int column = std::max(0, table->currentColumn());
    table->removeRow(row);
    if (table->rowCount() > 0)
        table->setCurrentCell(std::min(row, table->rowCount() - 1), column);
    setModified(true);
}

void ScenarioEditor::moveRow(Table which, int delta)
{
    QTableWidget *table = m_tables.at(which);
    const int row = table->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= table->rowCount())
        return;
    const int column = std::max(0, table->currentColumn());
    m_loading = true;
    for (int c = 0; c < table->columnCount(); ++c) {
        QTableWidgetItem *moving = table->takeItem(row, c);
        QTableWidgetItem *other = table->takeItem(target, c);
        table->setItem(row, c, other);
        table->setItem(target, c, moving);
    }
    m_loading = false;
    table->setCurrentCell(target, column);
    setModified(true);
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
    const QByteArray json = toJson();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
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
    if (modified && m_checked && !m_loading)
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
