#pragma once

#include "ui/training/ScenarioColumns.h"
#include "ui/training/ScenarioTable.h"

#include <QByteArray>
#include <QDialog>
#include <QString>
#include <QStringList>

#include <array>

class QJsonObject;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace CareDesk::Training {
struct Scenario;
}

namespace CareDesk::Gui {

// The trainer's editor for practice scenarios (plugins/sandbox/SCENARIO-FORMAT.md): the brand,
// and one table each for personas, the timeline, reactions and expectations, one row per item.
// Check (and every save) runs the same parser the sandbox plays with and lists each problem with
// its place, such as `timeline[3].persona`; double-clicking one selects that cell. A scenario with
// problems is never saved. Everything a customer writes stays plain text.
//
// The tables and their columns are named as in ScenarioColumns: ScenarioEditor::TimelineTable,
// ScenarioEditor::EventPersona.
class ScenarioEditor final : public QDialog, public ScenarioColumns
{
    Q_OBJECT

public:
    explicit ScenarioEditor(QWidget *parent = nullptr);

    // Shows `scenario` as a document not saved to any file yet.
    void setScenario(const Training::Scenario &scenario);
    // The scenario file as the tables hold it, in the documented format. Rows keep their order,
    // so a problem's place names the row it is about. Numbers that are not numbers are written as
    // text, for the check to point at.
    QByteArray toJson() const;
    // Opens a scenario file. A file with problems still opens, with its problems listed, so they
    // can be fixed here; one that is not a scenario at all (not JSON, another format or version)
    // does not.
    bool loadFile(const QString &path, QString *error);
    // Checks first and refuses, with the problems listed, while there are any.
    bool saveFile(const QString &path, QString *error);

    // Checks the scenario as the tables hold it and lists the problems found; empty when valid.
    QStringList check();
    QStringList problems() const { return m_problems; }
    // Selects the field or cell a problem's place names ("timeline[3].persona: ..."); false when
    // it names none.
    bool showPlace(const QString &problem);

    QString filePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    QTableWidget *table(Table which) const;

    // What the buttons do: New and Open ask before dropping unsaved changes; Save as asks for a
    // file.
    void newScenario();
    void openFile();
    bool save();
    bool saveAs();

    // Closing asks before dropping unsaved changes.
    void reject() override;

Q_SIGNALS:
    void saved(const QString &path);

private:
    void buildFileBar(QVBoxLayout *layout);
    void buildFields(QVBoxLayout *layout);
    QWidget *buildCheckPane(QWidget *parent);
    ScenarioTable *buildTable(Table which);
    // What a table is called and what its buttons say.
    static ScenarioTable::Labels labelsOf(Table which);
    // What a cell of `type` may be chosen from: the format's words, or the ids in the scenario.
    QStringList choicesFor(Cell type) const;
    void loadJson(const QJsonObject &root);
    void clearDocument();
    void addRow(Table which);
    void fillRow(Table which, int row);
    QString uniqueId(const QString &prefix, const QList<Table> &among) const;
    QStringList ownProblems() const;
    void showProblems(const QStringList &problems, const QString &summary);
    void setModified(bool modified);
    void updateTitle();
    bool maybeDiscard();
    void warn(const QString &title, const QString &text);

    QString m_path;
    bool m_modified = false;
    bool m_checked = false;
    QStringList m_problems;

    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_brandName = nullptr;
    QLineEdit *m_brandHandle = nullptr;
    QTabWidget *m_tabs = nullptr;
    std::array<ScenarioTable *, TableCount> m_tables{};
    QListWidget *m_problemList = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace CareDesk::Gui
