#pragma once

#include "model/Inbox.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace CareDesk::Gui {

// Sharing a customer's praise from the brand's account: Repost, Quote… and Like, as the
// conversation's channel allows, each once; and what was shared, by whom and how it went.
// Hidden on conversations that are not praise and have shared nothing.
class SharePraiseBar final : public QWidget
{
    Q_OBJECT

public:
    explicit SharePraiseBar(QWidget *parent = nullptr);

    void setConversation(const Core::ConversationDetail &detail);

    // "Reposted by Ana Garcia · 10:02", with how it went when it is not sent yet.
    static QString shareLine(const Core::ShareRecord &share);

Q_SIGNALS:
    // `text`: a quote post's words; empty for the other ways.
    void shareRequested(const QString &action, const QString &text);

private:
    void quote();

    QLabel *m_prompt = nullptr;
    QLabel *m_shared = nullptr;
    QPushButton *m_repost = nullptr;
    QPushButton *m_quote = nullptr;
    QPushButton *m_like = nullptr;
};

} // namespace CareDesk::Gui
