#include "ReplyTranslationBar.h"

#include "ui/common/Presentation.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace CareDesk::Gui {

ReplyTranslationBar::ReplyTranslationBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replyTranslationBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_translate = new QPushButton(this);
    m_translate->setObjectName(QStringLiteral("translateReplyButton"));
    m_restore = new QPushButton(tr("Back to my text"), this);
    m_restore->setObjectName(QStringLiteral("restoreReplyButton"));
    m_restore->setToolTip(tr("Put what you wrote back into the reply"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("replyTranslationStatus"));
    m_back = new QLabel(this);
    m_back->setObjectName(QStringLiteral("backTranslation"));
    m_back->setAccessibleName(tr("Translation back into your language"));
    for (QLabel *label : {m_status, m_back}) {
        label->setTextFormat(Qt::PlainText); // the agent's and the service's text
        label->setWordWrap(true);
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    }
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_translate, 0, 0);
    layout->addWidget(m_status, 0, 1);
    layout->addWidget(m_restore, 0, 2);
    layout->addWidget(m_back, 1, 0, 1, 3);
    layout->setColumnStretch(1, 1);
    connect(m_translate, &QPushButton::clicked, this, &ReplyTranslationBar::translateClicked);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString text = m_agentText;
        reset();
        Q_EMIT restoreRequested(text);
    });
    reset();
    hide();
}

void ReplyTranslationBar::setLanguages(const QStringList &agentLanguages,
                                       const QString &customerLanguage)
{
    m_agentLanguages = agentLanguages;
    m_customerLanguage = customerLanguage;
    const bool foreign = !customerLanguage.isEmpty() && customerLanguage != u"und" &&
                         !agentLanguages.isEmpty() && !agentLanguages.contains(customerLanguage);
    m_translate->setText(tr("Translate to %1").arg(languageLabel(customerLanguage)));
    m_translate->setToolTip(tr("Write in %1; the reply is translated for the customer, with a "
                               "translation back to check it")
                                .arg(languageLabel(agentLanguage())));
    setVisible(foreign);
}

void ReplyTranslationBar::reset()
{
    ++m_lastRequest; // an answer still on its way is for a reply that is gone
    m_agentText.clear();
    m_result = {};
    m_status->clear();
    m_back->clear();
    m_back->hide();
    m_restore->hide();
    m_translate->setEnabled(true);
}

quint64 ReplyTranslationBar::request(const QString &text)
{
    reset();
    m_agentText = text;
    m_translate->setEnabled(false);
    m_status->setText(tr("Translating…"));
    Q_EMIT translationRequested(m_lastRequest, text, agentLanguage(), m_customerLanguage);
    return m_lastRequest;
}

bool ReplyTranslationBar::showResult(quint64 requestId, const Core::ReplyTranslation &translation)
{
    if (requestId != m_lastRequest || m_agentText.isEmpty())
        return false;
    m_restore->show();
    if (!translation.error.isEmpty()) {
        m_translate->setEnabled(true);
        m_status->setText(tr("Not translated: %1").arg(translation.error));
        return false;
    }
    m_result = translation;
    QString service = translationProviderLabel(translation.provider);
    if (!translation.via.isEmpty())
        service = tr("%1, through %2").arg(service, languageLabel(translation.via.first()));
    m_status->setText(tr("Machine translation (%1). Check it before you send.").arg(service));
    m_back->setText(
        tr("Back into %1: %2").arg(languageLabel(translation.from), translation.backTranslation));
    m_back->show();
    return true;
}

Core::MessageTranslation ReplyTranslationBar::translatedFrom() const
{
    Core::MessageTranslation wrote;
    if (m_result.text.isEmpty() || m_agentText.isEmpty())
        return wrote;
    wrote.state = Core::MessageTranslation::State::Done;
    wrote.agentWrote = true;
    wrote.text = m_agentText;
    wrote.language = m_result.from;
    wrote.sourceLanguage = m_result.to;
    wrote.provider = m_result.provider;
    wrote.via = m_result.via;
    return wrote;
}

QString ReplyTranslationBar::statusText() const
{
    return m_status->text() +
           (m_back->isVisible() ? QStringLiteral("\n") + m_back->text() : QString());
}

} // namespace CareDesk::Gui
