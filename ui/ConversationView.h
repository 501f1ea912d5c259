#pragma once

#include "model/Inbox.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace CareDesk::Gui {

// One conversation's timeline: public messages and DMs of the same case, marked as such.
// Customer text is inserted as plain text only; nothing they write is ever parsed as markup.
class ConversationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);

    void showConversation(const Core::ConversationDetail &detail);
    void clear();
    qint64 conversationId() const { return m_conversationId; }

private:
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTextBrowser *m_timeline = nullptr;
    qint64 m_conversationId = 0;
};

} // namespace CareDesk::Gui
