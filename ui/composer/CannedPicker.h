#pragma once

#include "model/CannedResponse.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace CareDesk::Gui {

// Finds a canned response by title, text or shortcut as the agent types, and shows the text
// that will be inserted (in the customer's language).
class CannedPicker final : public QDialog
{
    Q_OBJECT

public:
    CannedPicker(const QList<Core::CannedResponse> &responses, const QString &language,
                 QWidget *parent = nullptr);

    void setSearch(const QString &text);
    // Chosen when accepted; nullptr otherwise.
    const Core::CannedResponse *chosen() const;

    // Whether `response` matches what the agent typed (title, shortcut or any variant's text).
    static bool matches(const Core::CannedResponse &response, const QString &search);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refilter();
    void showPreview();

    QList<Core::CannedResponse> m_responses;
    QString m_language;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};

} // namespace CareDesk::Gui
