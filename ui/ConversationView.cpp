#include "ConversationView.h"

#include "Presentation.h"

#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextFrameFormat>
#include <QVBoxLayout>

namespace CareDesk::Gui {

ConversationView::ConversationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("conversationView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_timeline = new QTextBrowser(this);
    m_timeline->setObjectName(QStringLiteral("conversationTimeline"));
    m_timeline->setOpenLinks(false);
    m_timeline->setAccessibleName(tr("Conversation messages"));
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_timeline, 1);
    clear();
}

void ConversationView::clear()
{
    m_conversationId = 0;
    m_title->setText(tr("No conversation selected"));
    m_subtitle->setText(tr("Choose a conversation from the inbox."));
    m_timeline->clear();
}

void ConversationView::showConversation(const Core::ConversationDetail &detail)
{
    m_conversationId = detail.conversationId;
    m_title->setText(detail.customer.displayName);
    m_subtitle->setText(tr("%1 · %2 · %3")
                            .arg(platformLabel(detail.platform), detail.channelName,
                                 statusLabel(detail.status)));

    m_timeline->clear();
    QTextCursor cursor(m_timeline->document());
    const QLocale locale;
    bool first = true;
    for (const Core::MessageRecord &message : detail.messages) {
        const bool inbound = message.direction == Core::Direction::Inbound;
        QTextBlockFormat block;
        block.setAlignment(inbound ? Qt::AlignLeft : Qt::AlignRight);
        block.setTopMargin(first ? 0 : 14);
        block.setLeftMargin(inbound ? 0 : 80);
        block.setRightMargin(inbound ? 80 : 0);

        QTextCharFormat meta;
        meta.setForeground(palette().color(QPalette::PlaceholderText));
        meta.setFontPointSize(font().pointSizeF() * 0.9);
        const QString visibility = message.visibility == Core::Visibility::Private
                                       ? tr("Private message") : tr("Public");
        QString header = tr("%1 · %2 · %3")
                             .arg(message.authorName.isEmpty() ? message.authorHandle : message.authorName,
                                  visibility,
                                  locale.toString(message.createdAt.toLocalTime(), QLocale::ShortFormat));
        if (inbound && message.addressed == Core::Addressed::Open)
            header += tr(" · not answered yet");
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        cursor.insertText(header, meta);

        QTextBlockFormat bodyBlock = block;
        bodyBlock.setTopMargin(2);
        QTextCharFormat body;
        body.setFontPointSize(font().pointSizeF() * 1.05);
        if (message.visibility == Core::Visibility::Private)
            body.setBackground(QColor(0xfd, 0xf3, 0xdc));
        cursor.insertBlock(bodyBlock);
        cursor.insertText(message.text, body); // plain text, never markup
        first = false;
    }
    m_timeline->verticalScrollBar()->setValue(m_timeline->verticalScrollBar()->maximum());
}

} // namespace CareDesk::Gui
