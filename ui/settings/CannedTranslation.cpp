#include "CannedTranslation.h"

#include "ui/common/Presentation.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CareDesk::Gui {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CannedTranslationDialog::CannedTranslationDialog(const QString &original,
                                                 const Core::ReplyTranslation &translation,
                                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cannedTranslationDialog"));
    setWindowTitle(tr("Translated canned response"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("%1, as written:").arg(languageLabel(translation.from)), this));
    auto *source = plainLabel(original, this);
    source->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(source);
    layout->addWidget(plainLabel(
        tr("Machine translation into %1 (%2). Check it and edit it "
           "before you keep it; the {variables} stay as written:")
            .arg(languageLabel(translation.to), translationProviderLabel(translation.provider)),
        this));
    m_text = new QPlainTextEdit(translation.text, this);
    m_text->setObjectName(QStringLiteral("cannedTranslationText"));
    m_text->setAccessibleName(tr("Translation"));
    layout->addWidget(m_text, 1);
    auto *back = plainLabel(
        tr("Back into %1: %2").arg(languageLabel(translation.from), translation.backTranslation),
        this);
    back->setObjectName(QStringLiteral("cannedBackTranslation"));
    layout->addWidget(back);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Add as %1").arg(languageLabel(translation.to)));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

QString CannedTranslationDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString askTargetLanguage(QWidget *parent, const QStringList &present)
{
    QString suggestion;
    for (const char *common : {"es", "en", "pt", "fr", "de", "it"}) {
        if (!present.contains(QLatin1String(common))) {
            suggestion = QLatin1String(common);
            break;
        }
    }
    bool ok = false;
    const QString language =
        QInputDialog::getText(parent,
                              QCoreApplication::translate("CareDesk::Gui::SettingsDialog",
                                                          "Translate canned response"),
                              QCoreApplication::translate("CareDesk::Gui::SettingsDialog",
                                                          "Into which language (e.g. es, pt, fr)?"),
                              QLineEdit::Normal, suggestion, &ok)
            .trimmed()
            .toLower();
    return ok ? language : QString();
}

} // namespace CareDesk::Gui
