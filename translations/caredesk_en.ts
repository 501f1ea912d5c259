<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CareDesk::Channels::ChannelCatalog</name>
    </context>
<context>
    <name>CareDesk::Channels::ChannelConfig</name>
    </context>
<context>
    <name>CareDesk::Channels::Facebook::FacebookPlugin</name>
    </context>
<context>
    <name>CareDesk::Channels::OAuthPkce</name>
    </context>
<context>
    <name>CareDesk::Channels::Sandbox::SandboxPlugin</name>
    </context>
<context>
    <name>CareDesk::Channels::Sandbox::Scenario</name>
    </context>
<context>
    <name>CareDesk::Channels::Twitter::TwitterPlugin</name>
    </context>
<context>
    <name>CareDesk::Core</name>
    </context>
<context>
    <name>CareDesk::Gui::CannedPicker</name>
    </context>
<context>
    <name>CareDesk::Gui::Composer</name>
    </context>
<context>
    <name>CareDesk::Gui::ConversationView</name>
    </context>
<context>
    <name>CareDesk::Gui::CustomerPanel</name>
    </context>
<context>
    <name>CareDesk::Gui::HandoffDialog</name>
    </context>
<context>
    <name>CareDesk::Gui::InboxModel</name>
    <message numerus="yes">
        <source>%n message(s) not answered yet</source>
        <translation><numerusform>%n message not answered yet</numerusform><numerusform>%n messages not answered yet</numerusform></translation>
    </message>
    </context>
<context>
    <name>CareDesk::Gui::InboxPanel</name>
    </context>
<context>
    <name>CareDesk::Gui::MainWindow</name>
    <message numerus="yes">
        <source>Local workspace · %n conversation(s)</source>
        <translation><numerusform>Local workspace · %n conversation</numerusform><numerusform>Local workspace · %n conversations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s) in the inbox.</source>
        <translation><numerusform>%n new conversation in the inbox.</numerusform><numerusform>%n new conversations in the inbox.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) newly assigned to you.</source>
        <translation><numerusform>%n conversation newly assigned to you.</numerusform><numerusform>%n conversations newly assigned to you.</numerusform></translation>
    </message>
    </context>
<context>
    <name>CareDesk::Gui::OutboxStatus</name>
    <message numerus="yes">
        <source>%n reply(s) waiting to send</source>
        <translation><numerusform>%n reply waiting to send</numerusform><numerusform>%n replies waiting to send</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) failed</source>
        <translation><numerusform>%n reply failed</numerusform><numerusform>%n replies failed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation><numerusform> · %n waiting</numerusform><numerusform> · %n waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) OK</source>
        <translation><numerusform>%n channel OK</numerusform><numerusform>%n channels OK</numerusform></translation>
    </message>
    </context>
<context>
    <name>CareDesk::Gui::Presentation</name>
    </context>
<context>
    <name>CareDesk::Gui::SettingsDialog</name>
    </context>
<context>
    <name>CareDesk::Ingest</name>
    </context>
<context>
    <name>CareDesk::Ingest::Importer</name>
    </context>
<context>
    <name>CareDesk::Ingest::InboundItemJson</name>
    </context>
<context>
    <name>CareDesk::Ingest::TweetCsvReader</name>
    <message numerus="yes">
        <source>it has %n column(s) instead of 7.</source>
        <translation><numerusform>it has %n column instead of 7.</numerusform><numerusform>it has %n columns instead of 7.</numerusform></translation>
    </message>
    </context>
<context>
    <name>CareDesk::Outbox::Outbox</name>
    </context>
<context>
    <name>CareDesk::Security::CredentialStore</name>
    </context>
<context>
    <name>CareDesk::Server</name>
    </context>
<context>
    <name>CareDesk::Server::EventHub</name>
    </context>
<context>
    <name>CareDesk::Server::ServerDatabase</name>
    </context>
<context>
    <name>CareDesk::Server::ServerIngest</name>
    </context>
<context>
    <name>CareDesk::Server::TeamServer</name>
    <message numerus="yes"><source>Too many failed logins. Try again in %n minute(s).</source><translation><numerusform>Too many failed logins. Try again in %n minute.</numerusform><numerusform>Too many failed logins. Try again in %n minutes.</numerusform></translation></message>
    </context>
<context>
    <name>CareDesk::Server::TeamStore</name>
    </context>
<context>
    <name>CareDesk::Storage::AgentActions</name>
    </context>
<context>
    <name>CareDesk::Storage::CannedResponses</name>
    </context>
<context>
    <name>CareDesk::Storage::Database</name>
    </context>
<context>
    <name>CareDesk::Storage::Drafts</name>
    </context>
<context>
    <name>CareDesk::Storage::SchemaMigrator</name>
    </context>
<context>
    <name>CareDesk::Storage::WorkspaceStore</name>
    </context>
<context>
    <name>CareDesk::Sync::TeamMirror</name>
    </context>
<context>
    <name>CareDesk::Sync::TeamSync</name>
    </context>
<context>
    <name>CareDesk::Triage::CategoryRules</name>
    </context>
<context>
    <name>CareDesk::Triage::PiiScanner</name>
    </context>
<context>
    <name>CareDesk::Triage::TriageEngine</name>
    <message numerus="yes">
        <source>%n earlier message(s) still unanswered</source>
        <translation><numerusform>%n earlier message still unanswered</numerusform><numerusform>%n earlier messages still unanswered</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reply overdue by %n minute(s)</source>
        <translation><numerusform>Reply overdue by %n minute</numerusform><numerusform>Reply overdue by %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reply due in %n minute(s)</source>
        <translation><numerusform>Reply due in %n minute</numerusform><numerusform>Reply due in %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reply overdue by %n hour(s)</source>
        <translation><numerusform>Reply overdue by %n hour</numerusform><numerusform>Reply overdue by %n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::TranscriptExport</name>
    </context>
<context>
    <name>CareDesk::Workspace::WorkspaceService</name>
    <message numerus="yes"><source>%n conversation(s) became a practice scenario; %1 names, handles and personal details were replaced.</source><translation><numerusform>%n conversation became a practice scenario; %1 names, handles and personal details were replaced.</numerusform><numerusform>%n conversations became a practice scenario; %1 names, handles and personal details were replaced.</numerusform></translation></message></context>
<context>
    <name>Tr</name>
    </context>
<context>
    <name>caredesk</name>
    </context>
<context>
    <name>caredesk-server</name>
    </context>
<context>
    <name>caredesk_cli</name>
    </context>
<context><name>CareDesk::Gui::ReviewWorkspace</name><message numerus="yes"><source>%n transcript(s)</source><translation><numerusform>%n transcript</numerusform><numerusform>%n transcripts</numerusform></translation></message><message numerus="yes"><source>No transcripts in the last %n day(s).</source><translation><numerusform>No transcripts in the last day.</numerusform><numerusform>No transcripts in the last %n days.</numerusform></translation></message></context><context><name>CareDesk::Gui::DashboardView</name><message numerus="yes"><source>No conversations in the last %n day(s).</source><translation><numerusform>No conversations in the last day.</numerusform><numerusform>No conversations in the last %n days.</numerusform></translation></message></context><context><name>CareDesk::Gui::TrainerWorkspace</name><message numerus="yes"><source>%1 · %n trainee(s) · started %2</source><translation><numerusform>%1 · %n trainee · started %2</numerusform><numerusform>%1 · %n trainees · started %2</numerusform></translation></message></context></TS>