#include "CannedPicker.h"

#include "ui/common/Presentation.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CareDesk::Gui {

CannedPicker::CannedPicker(const QList<Core::CannedResponse> &responses, const QString &language,
                           QWidget *parent)
    : QDialog(parent)
    , m_responses(responses)
    , m_language(language)
{
    setObjectName(QStringLiteral("cannedPicker"));
    setWindowTitle(tr("Insert canned response"));
    auto *layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("cannedSearch"));
    m_search->setAccessibleName(tr("Search canned responses"));
    m_search->setPlaceholderText(tr("Search by title, text or shortcut"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("cannedList"));
    m_list->setAccessibleName(tr("Canned responses"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("cannedPreview"));
    m_preview->setAccessibleName(tr("Text to insert"));
    m_preview->setReadOnly(true);
    m_preview->setMaximumHeight(110);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert"));
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(new QLabel(tr("In %1:").arg(languageLabel(language)), this));
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(460, 420);

    connect(m_search, &QLineEdit::textChanged, this, &CannedPicker::refilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &CannedPicker::showPreview);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Up and Down move through the list while the search keeps the focus.
    m_search->installEventFilter(this);
    refilter();
}

void CannedPicker::setSearch(const QString &text)
{
    m_search->setText(text);
}

bool CannedPicker::matches(const Core::CannedResponse &response, const QString &search)
{
    const QString needle = search.trimmed();
    if (needle.isEmpty())
        return true;
    const QString bare = needle.startsWith(QLatin1Char('/')) ? needle.mid(1) : needle;
    if (response.title.contains(bare, Qt::CaseInsensitive) ||
        response.shortcut.mid(1).startsWith(bare, Qt::CaseInsensitive))
        return true;
    for (const QString &text : response.textByLanguage) {
        if (text.contains(bare, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void CannedPicker::refilter()
{
    m_list->clear();
    for (qsizetype i = 0; i < m_responses.size(); ++i) {
        const Core::CannedResponse &response = m_responses.at(i);
        if (!matches(response, m_search->text()))
            continue;
        auto *item = new QListWidgetItem(response.shortcut.isEmpty()
                                             ? response.title
                                             : tr("%1   %2").arg(response.title, response.shortcut),
                                         m_list);
        item->setData(Qt::UserRole, static_cast<int>(i));
        item->setToolTip(response.textFor(m_language));
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    showPreview();
}

void CannedPicker::showPreview()
{
    const Core::CannedResponse *response = chosen();
    m_preview->setPlainText(response ? response->textFor(m_language) : QString());
}

const Core::CannedResponse *CannedPicker::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? &m_responses.at(item->data(Qt::UserRole).toInt()) : nullptr;
}

bool CannedPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace CareDesk::Gui
