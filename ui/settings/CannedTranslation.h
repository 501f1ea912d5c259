// Settings: a canned response's text machine-translated into another language, checked and
// kept as a new variant.
// May use: ui/common, caredesk_core's model types, Qt Widgets.
#pragma once

#include "model/Inbox.h"

#include <QDialog>

class QPlainTextEdit;

namespace CareDesk::Gui {

// Shows a canned response's translation (editable) beside the translation back into the
// language it was written in; accepted, the edited text becomes the new variant.
class CannedTranslationDialog final : public QDialog
{
    Q_OBJECT

public:
    CannedTranslationDialog(const QString &original, const Core::ReplyTranslation &translation,
                            QWidget *parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit *m_text = nullptr;
};

// Asks which language to translate into (ISO 639-1), suggesting one the response lacks. Empty
// when the agent cancelled.
QString askTargetLanguage(QWidget *parent, const QStringList &present);

} // namespace CareDesk::Gui
