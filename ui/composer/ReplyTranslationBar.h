// Composer: translating the reply the agent wrote into the customer's language, with a check.
// May use: ui/common, caredesk_core's model types, Qt Widgets.
#pragma once

#include "model/Inbox.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace CareDesk::Gui {

// Under the composer when the customer writes in a language the agent does not: "Translate to
// Español" puts the machine translation into the reply (still editable) and shows it translated
// back into the agent's language, to check it says what they meant. What is sent is what the
// agent saw; the reply records what they wrote and which service translated it.
class ReplyTranslationBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyTranslationBar(QWidget *parent = nullptr);

    // Shown only when the customer's language is known and not one the agent reads.
    void setLanguages(const QStringList &agentLanguages, const QString &customerLanguage);
    // Forgets any translation (another conversation, a sent reply).
    void reset();
    // Starts a translation of `text`; the answer comes to showResult() with the id returned.
    quint64 request(const QString &text);
    // False when the answer is to an older request.
    bool showResult(quint64 requestId, const Core::ReplyTranslation &translation);
    // The agent's own text while a translation is in the reply; None otherwise.
    Core::MessageTranslation translatedFrom() const;
    const QString &agentText() const { return m_agentText; }

    QString agentLanguage() const { return m_agentLanguages.value(0); }
    const QString &customerLanguage() const { return m_customerLanguage; }
    QPushButton *translateButton() const { return m_translate; }
    QString statusText() const;

Q_SIGNALS:
    // The agent asked for a translation of the reply.
    void translateClicked();
    void translationRequested(quint64 requestId, const QString &text, const QString &from,
                              const QString &to);
    // "Back to my text": the agent's own words go back into the reply.
    void restoreRequested(const QString &agentText);

private:
    QStringList m_agentLanguages;
    QString m_customerLanguage;
    quint64 m_lastRequest = 0;
    QString m_agentText;
    Core::ReplyTranslation m_result;
    QPushButton *m_translate = nullptr;
    QPushButton *m_restore = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_back = nullptr;
};

} // namespace CareDesk::Gui
