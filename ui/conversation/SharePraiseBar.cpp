#include "SharePraiseBar.h"

#include <QBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace CareDesk::Gui {

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // a quote post's words are the agent's own
    return label;
}

} // namespace

SharePraiseBar::SharePraiseBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sharePraise"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_prompt = plainLabel(this);
    m_prompt->setText(tr("Praise: share it from the brand's account"));
    m_repost = new QPushButton(tr("Repost"), this);
    m_repost->setObjectName(QStringLiteral("shareRepost"));
    m_repost->setToolTip(tr("Repost the customer's post as it is"));
    m_quote = new QPushButton(tr("Quote…"), this);
    m_quote->setObjectName(QStringLiteral("shareQuote"));
    m_quote->setToolTip(tr("Post a few words of thanks above the customer's post"));
    m_like = new QPushButton(tr("Like"), this);
    m_like->setObjectName(QStringLiteral("shareLike"));
    m_like->setToolTip(tr("Like the customer's comment from the Page"));
    buttons->addWidget(m_prompt, 1);
    for (QPushButton *button : {m_repost, m_quote, m_like})
        buttons->addWidget(button);
    m_shared = plainLabel(this);
    m_shared->setObjectName(QStringLiteral("sharedPraise"));
    m_shared->setWordWrap(true);
    m_shared->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(buttons);
    layout->addWidget(m_shared);
    connect(m_repost, &QPushButton::clicked, this,
            [this] { Q_EMIT shareRequested(QStringLiteral("repost"), {}); });
    connect(m_like, &QPushButton::clicked, this,
            [this] { Q_EMIT shareRequested(QStringLiteral("like"), {}); });
    connect(m_quote, &QPushButton::clicked, this, &SharePraiseBar::quote);
    hide();
}

QString SharePraiseBar::shareLine(const Core::ShareRecord &share)
{
    const QString when = QLocale().toString(share.at.toLocalTime(), QLocale::ShortFormat);
    QString line;
    if (share.action == u"repost")
        line = tr("Reposted by %1 · %2").arg(share.by, when);
    else if (share.action == u"quote")
        line = tr("Quoted by %1 · %2: %3").arg(share.by, when, share.text);
    else
        line = tr("Liked by %1 · %2").arg(share.by, when);
    if (share.state == u"failed")
        return tr("%1 (failed: %2)").arg(line, share.lastError);
    if (share.state != u"sent")
        return tr("%1 (on its way)").arg(line);
    return line;
}

void SharePraiseBar::setConversation(const Core::ConversationDetail &detail)
{
    QStringList done;
    QStringList lines;
    for (const Core::ShareRecord &share : detail.shares) {
        done.append(share.action);
        lines.append(shareLine(share));
    }
    const QStringList &offered = detail.shareActions;
    m_repost->setVisible(offered.contains(QLatin1String("repost")));
    m_quote->setVisible(offered.contains(QLatin1String("quote")));
    m_like->setVisible(offered.contains(QLatin1String("like")));
    m_repost->setEnabled(!done.contains(QLatin1String("repost")));
    m_quote->setEnabled(!done.contains(QLatin1String("quote")));
    m_like->setEnabled(!done.contains(QLatin1String("like")));
    m_prompt->setVisible(!offered.isEmpty());
    m_shared->setText(lines.join(u'\n'));
    m_shared->setVisible(!lines.isEmpty());
    setVisible(!offered.isEmpty() || !lines.isEmpty());
}

void SharePraiseBar::quote()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Quote the customer's post"),
        tr("Your words above their post (plain text, seen by everyone):"), {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        Q_EMIT shareRequested(QStringLiteral("quote"), text.trimmed());
}

} // namespace CareDesk::Gui
