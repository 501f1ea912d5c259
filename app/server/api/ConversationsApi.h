#pragma once

#include "RouteTable.h"

#include "Result.h"
#include "server/store/Outcome.h"

namespace CareDesk::Core {
class Clock;
}

namespace CareDesk::Server {

class ChangeFanout;
class IngestRelay;
class ServerChannels;
class ServerIngest;
class TeamStore;
class TeamSurveys;

// GET /v1/conversations (a page of the queue), GET /v1/conversations/{id} (one in full) and
// POST /v1/conversations/{id}/{action}: claim, release, transfer, status, notes, replies.
class ConversationsApi final
{
public:
    ConversationsApi(TeamStore &store, ServerIngest &ingest, IngestRelay &relay,
                     ServerChannels &channels, TeamSurveys &surveys, ChangeFanout &fanout,
                     const Core::Clock &clock);

    HttpResponse list(const ApiCall &call);
    HttpResponse detail(const ApiCall &call);
    HttpResponse act(const ApiCall &call);

private:
    using Written = Core::Result<Outcome<QJsonObject>>;
    qint64 nowMs() const;
    HttpResponse claimOrRelease(const ApiCall &call, bool claim);
    HttpResponse transfer(const ApiCall &call);
    HttpResponse setStatus(const ApiCall &call);
    HttpResponse addNote(const ApiCall &call);
    HttpResponse reply(const ApiCall &call);
    // POST …/escalate {target, reason, note}: the case handed up (EscalationRecords).
    HttpResponse escalate(const ApiCall &call);
    // After a claim or transfer that went through: an open escalation is taken by `agent`.
    void takeEscalation(const Written &outcome, qint64 conversationId, const Agent &agent);
    // A write's answer: 503, the refusal, or `status` with the conversation (the note) after
    // the change went out.
    HttpResponse answer(const Written &outcome, const Agent &agent, int status);

    TeamStore &m_store;
    ServerIngest &m_ingest;
    IngestRelay &m_relay;
    ServerChannels &m_channels;
    TeamSurveys &m_surveys;
    ChangeFanout &m_fanout;
    const Core::Clock &m_clock;
};

} // namespace CareDesk::Server
