<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CareDesk::Channels::ChannelCatalog</name>
    <message>
        <source>This file is not a Qt plugin.</source>
        <translation>Este archivo no es un complemento de Qt.</translation>
    </message>
    <message>
        <source>This is not a CareDesk channel plugin (interface %1).</source>
        <translation>No es un complemento de canal de CareDesk (interfaz %1).</translation>
    </message>
    <message>
        <source>The plugin&apos;s description is incomplete (id, version and compatVersion are required).</source>
        <translation>La descripción del complemento está incompleta (se requieren id, version y compatVersion).</translation>
    </message>
    <message>
        <source>This plugin needs a newer CareDesk (channel interface %1; this version has %2).</source>
        <translation>Este complemento requiere una versión más reciente de CareDesk (interfaz de canal %1; esta versión tiene la %2).</translation>
    </message>
    <message>
        <source>Another plugin with the id &quot;%1&quot; is already installed.</source>
        <translation>Ya hay otro complemento instalado con el identificador «%1».</translation>
    </message>
    <message>
        <source>The plugin does not implement the channel interface.</source>
        <translation>El complemento no implementa la interfaz de canal.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargado</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Incompatible</translation>
    </message>
    <message>
        <source>Failed to load</source>
        <translation>Error al cargar</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::ChannelConfig</name>
    <message>
        <source>The channel configuration is not a JSON object.</source>
        <translation>La configuración del canal no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The channel configuration names no plugin (&quot;plugin&quot;: &quot;twitter&quot;, for example).</source>
        <translation>La configuración del canal no indica ningún complemento (por ejemplo, &quot;plugin&quot;: &quot;twitter&quot;).</translation>
    </message>
    <message>
        <source>&quot;credential&quot; must name a keychain entry or an environment variable.</source>
        <translation>&quot;credential&quot; debe indicar una entrada del llavero o una variable de entorno.</translation>
    </message>
    <message>
        <source>The channel configuration holds a secret (&quot;%1&quot;). Keep it in the keychain and name the entry in &quot;credential&quot;.</source>
        <translation>La configuración del canal contiene un secreto (&quot;%1&quot;). Guárdelo en el llavero e indique la entrada en &quot;credential&quot;.</translation>
    </message>
    <message>
        <source>The channel configuration %1 could not be read.</source>
        <translation>No se pudo leer la configuración del canal %1.</translation>
    </message>
    <message>
        <source>The environment variable %1 that should hold this channel&apos;s token is empty.</source>
        <translation>La variable de entorno %1, que debería contener el token de este canal, está vacía.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// address: over plain http:// the channel&apos;s sign-in and token would cross the network unencrypted. Plain http:// is taken only on this machine (localhost, 127.0.0.1, ::1).</source>
        <translation>«%1» debe ser una dirección https://: con http:// sin cifrar, el inicio de sesión y el token del canal cruzarían la red sin cifrar. http:// sin cifrar solo se acepta en este equipo (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The request to %1 was not sent: it could carry the channel&apos;s token across the network unencrypted. Only https:// is used (plain http:// only on this machine).</source>
        <translation>La solicitud a %1 no se envió: podría llevar el token del canal por la red sin cifrar. Solo se usa https:// (http:// sin cifrar solo en este equipo).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Facebook::FacebookPlugin</name>
    <message>
        <source>The channel has no Facebook Page id (&quot;accountId&quot;).</source>
        <translation>El canal no tiene ID de página de Facebook (&quot;accountId&quot;).</translation>
    </message>
    <message>
        <source>The channel has no Page token; connect the Page first.</source>
        <translation>El canal no tiene token de página; conecte primero la página.</translation>
    </message>
    <message>
        <source>Messenger allows no reply more than 7 days after the customer&apos;s last message. Answer publicly or wait for the customer to write again.</source>
        <translation>Messenger no permite responder más de 7 días después del último mensaje del cliente. Responda en público o espere a que el cliente vuelva a escribir.</translation>
    </message>
    <message>
        <source>Facebook sent an answer CareDesk could not read.</source>
        <translation>Facebook envió una respuesta que CareDesk no pudo leer.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::OAuthPkce</name>
    <message>
        <source>The platform could not be reached to complete the sign-in.</source>
        <translation>No se pudo contactar con la plataforma para completar el inicio de sesión.</translation>
    </message>
    <message>
        <source>The platform did not accept the sign-in: %1</source>
        <translation>La plataforma no aceptó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The channel configuration names no OAuth client id (&quot;oauth&quot;: {&quot;clientId&quot;: ...}).</source>
        <translation>La configuración del canal no indica ningún ID de cliente OAuth (&quot;oauth&quot;: {&quot;clientId&quot;: ...}).</translation>
    </message>
    <message>
        <source>No local address could be opened for the browser to come back to.</source>
        <translation>No se pudo abrir una dirección local a la que pueda volver el navegador.</translation>
    </message>
    <message>
        <source>CareDesk received the answer. You can close this tab.</source>
        <translation>CareDesk recibió la respuesta. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>The sign-in was not completed on the platform (%1).</source>
        <translation>El inicio de sesión no se completó en la plataforma (%1).</translation>
    </message>
    <message>
        <source>The platform came back without an authorisation code.</source>
        <translation>La plataforma volvió sin código de autorización.</translation>
    </message>
    <message>
        <source>The platform&apos;s sign-in address is not https://: the sign-in and its tokens would cross the network unencrypted.</source>
        <translation>La dirección de inicio de sesión de la plataforma no es https://: el inicio de sesión y sus tokens cruzarían la red sin cifrar.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Sandbox::SandboxPlugin</name>
    <message>
        <source>The practice scenario %1 could not be read: %2</source>
        <translation>No se pudo leer el escenario de práctica %1: %2</translation>
    </message>
    <message>
        <source>The practice scenario %1 has problems: %2</source>
        <translation>El escenario de práctica %1 tiene errores: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Sandbox::Scenario</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>(top): a scenario is a JSON object</source>
        <translation>(nivel superior): un escenario es un objeto JSON</translation>
    </message>
    <message>
        <source>format: must be &quot;caredesk-scenario&quot;</source>
        <translation>format: debe ser «caredesk-scenario»</translation>
    </message>
    <message>
        <source>version: must be %1</source>
        <translation>version: debe ser %1</translation>
    </message>
    <message>
        <source>id: required</source>
        <translation>id: obligatorio</translation>
    </message>
    <message>
        <source>personas: at least one persona is required</source>
        <translation>personas: se necesita al menos una persona</translation>
    </message>
    <message>
        <source>%1.id: required</source>
        <translation>%1.id: obligatorio</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id: «%2» se usa dos veces</translation>
    </message>
    <message>
        <source>%1: needs a name or a handle</source>
        <translation>%1: necesita un nombre o un usuario</translation>
    </message>
    <message>
        <source>timeline: at least one event is required</source>
        <translation>timeline: se necesita al menos un evento</translation>
    </message>
    <message>
        <source>%1.at: seconds from the start are required</source>
        <translation>%1.at: se necesitan los segundos desde el inicio</translation>
    </message>
    <message>
        <source>%1.persona: unknown persona &quot;%2&quot;</source>
        <translation>%1.persona: persona desconocida «%2»</translation>
    </message>
    <message>
        <source>%1.kind: must be mention, comment or dm</source>
        <translation>%1.kind: debe ser mention, comment o dm</translation>
    </message>
    <message>
        <source>%1.text: required</source>
        <translation>%1.text: obligatorio</translation>
    </message>
    <message>
        <source>%1.replyTo: no earlier event &quot;%2&quot;</source>
        <translation>%1.replyTo: no hay un evento anterior «%2»</translation>
    </message>
    <message>
        <source>%1.on: must be public-reply, dm, any-reply or no-reply</source>
        <translation>%1.on: debe ser public-reply, dm, any-reply o no-reply</translation>
    </message>
    <message>
        <source>%1.after: no event &quot;%2&quot;</source>
        <translation>%1.after: no hay ningún evento &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.wait: seconds without a reply are required</source>
        <translation>%1.wait: se requieren los segundos sin respuesta</translation>
    </message>
    <message>
        <source>%1.replyTo: &quot;%2&quot; comes later than this event</source>
        <translation>%1.replyTo: &quot;%2&quot; llega después de este evento</translation>
    </message>
    <message>
        <source>%1.after: no-reply waits after a timeline event, not after a reaction</source>
        <translation>%1.after: no-reply espera tras un evento de la línea de tiempo, no tras una reacción</translation>
    </message>
    <message>
        <source>expectations: must be a list</source>
        <translation>expectations: debe ser una lista</translation>
    </message>
    <message>
        <source>%1.expect: must be dm, public-reply, any-reply or resolved</source>
        <translation>%1.expect: debe ser dm, public-reply, any-reply o resolved</translation>
    </message>
    <message>
        <source>%1.within: seconds, more than 0</source>
        <translation>%1.within: segundos, más de 0</translation>
    </message>
    <message>
        <source>%1.contains: must be a list of words</source>
        <translation>%1.contains: debe ser una lista de palabras</translation>
    </message>
    <message>
        <source>%1.contains[%2]: a word is required</source>
        <translation>%1.contains[%2]: se requiere una palabra</translation>
    </message>
    <message>
        <source>%1.contains: only a reply can contain words, not a resolution</source>
        <translation>%1.contains: solo una respuesta puede contener palabras, no una resolución</translation>
    </message>
    <message>
        <source>%1.at: whole seconds, at most ten years from the start</source>
        <translation>%1.at: segundos enteros, como mucho diez años desde el inicio</translation>
    </message>
    <message>
        <source>%1.%2: whole seconds, from 0 to ten years</source>
        <translation>%1.%2: segundos enteros, de 0 a diez años</translation>
    </message>
    <message>
        <source>survey: must be &quot;csat&quot; or &quot;nps&quot;</source>
        <translation>survey: debe ser «csat» o «nps»</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Twitter::TwitterPlugin</name>
    <message>
        <source>The channel has no X account id (&quot;accountId&quot;).</source>
        <translation>El canal no tiene ID de cuenta de X (&quot;accountId&quot;).</translation>
    </message>
    <message>
        <source>The channel has no X token; connect the account first.</source>
        <translation>El canal no tiene token de X; conecte primero la cuenta.</translation>
    </message>
    <message>
        <source>X sent an answer CareDesk could not read.</source>
        <translation>X envió una respuesta que CareDesk no pudo leer.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Core</name>
    <message>
        <source>Use this interface language (e.g. de, es) instead of the system&apos;s.</source>
        <translation>Usar este idioma para la interfaz (p. ej., de, es) en lugar del idioma del sistema.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Crm::CrmConnection</name>
    <message>
        <source>The CRM plugin &quot;%1&quot; is not usable: %2</source>
        <translation>El complemento de CRM «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>There is no CRM plugin &quot;%1&quot; (see caredesk-cli plugins).</source>
        <translation>No hay ningún complemento de CRM «%1» (véase caredesk-cli plugins).</translation>
    </message>
    <message>
        <source>The CRM plugin &quot;%1&quot; made no connector.</source>
        <translation>El complemento de CRM «%1» no creó ninguna conexión.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Crm::CrmSettings</name>
    <message>
        <source>The CRM settings are not a JSON object.</source>
        <translation>Los ajustes del CRM no son un objeto JSON.</translation>
    </message>
    <message>
        <source>&quot;tierPoints&quot; must give points by tier: {&quot;gold&quot;: 20, &quot;*&quot;: 10}.</source>
        <translation>«tierPoints» debe dar puntos por nivel: {&quot;gold&quot;: 20, &quot;*&quot;: 10}.</translation>
    </message>
    <message>
        <source>The points for tier &quot;%1&quot; must be a whole number from 0 to %2.</source>
        <translation>Los puntos del nivel «%1» deben ser un número entero de 0 a %2.</translation>
    </message>
    <message>
        <source>&quot;cacheHours&quot; must be from 1 to 720.</source>
        <translation>«cacheHours» debe estar entre 1 y 720.</translation>
    </message>
    <message>
        <source>The CRM settings %1 could not be read.</source>
        <translation>No se pudieron leer los ajustes del CRM %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Crm::CustomerFile</name>
    <message>
        <source>line %1: a customer needs an id</source>
        <translation>línea %1: un cliente necesita un id</translation>
    </message>
    <message>
        <source>line %1: the id &quot;%2&quot; is used twice</source>
        <translation>línea %1: el id &quot;%2&quot; se usa dos veces</translation>
    </message>
    <message>
        <source>line 1: the header names no &quot;id&quot; column</source>
        <translation>línea 1: el encabezado no nombra ninguna columna &quot;id&quot;</translation>
    </message>
    <message>
        <source>line %1: the value &quot;%2&quot; is not a number</source>
        <translation>línea %1: el valor &quot;%2&quot; no es un número</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>línea %1: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <source>line %1: &quot;value&quot; must be a number</source>
        <translation>línea %1: &quot;value&quot; debe ser un número</translation>
    </message>
    <message>
        <source>The customer file %1 could not be read.</source>
        <translation>No se pudo leer el archivo de clientes %1.</translation>
    </message>
    <message>
        <source>The customer file %1 is too large (at most 256 MB).</source>
        <translation>El archivo de clientes %1 es demasiado grande (como máximo 256 MB).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Desktop::DesktopApp</name>
    <message>
        <source>%1: connected</source>
        <translation>%1: conectado</translation>
    </message>
    <message>
        <source>%1: not answering</source>
        <translation>%1: no responde</translation>
    </message>
</context>
<context>
    <name>CareDesk::Escalations::EscalationSettings</name>
    <message>
        <source>The rule &quot;%1&quot; must say &quot;then&quot;: &quot;escalate&quot; or &quot;flag&quot;.</source>
        <translation>La regla «%1» debe indicar &quot;then&quot;: &quot;escalate&quot; o &quot;flag&quot;.</translation>
    </message>
    <message>
        <source>Reach above the escalation limit: %1 followers</source>
        <translation>Alcance por encima del límite de escalado: %1 seguidores</translation>
    </message>
    <message>
        <source>Verified account</source>
        <translation>Cuenta verificada</translation>
    </message>
    <message>
        <source>Words from the escalation list: “%1”</source>
        <translation>Palabras de la lista de escalado: «%1»</translation>
    </message>
    <message>
        <source>Repeated contact: %1 messages within a day</source>
        <translation>Contacto repetido: %1 mensajes en un día</translation>
    </message>
    <message>
        <source>The reply is overdue</source>
        <translation>La respuesta está vencida</translation>
    </message>
    <message>
        <source>Detractor&apos;s survey answer: %1</source>
        <translation>Respuesta de un detractor a la encuesta: %1</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Amenaza legal</translation>
    </message>
    <message>
        <source>Press or public figure</source>
        <translation>Prensa o figura pública</translation>
    </message>
    <message>
        <source>Refund or goodwill above my limit</source>
        <translation>Reembolso o compensación por encima de mi límite</translation>
    </message>
    <message>
        <source>Safety or security issue</source>
        <translation>Problema de seguridad</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>The escalation settings are not a JSON object.</source>
        <translation>Los ajustes de escalado no son un objeto JSON.</translation>
    </message>
    <message>
        <source>An escalation needs at least one reason to choose from.</source>
        <translation>Un escalado necesita al menos un motivo entre el que elegir.</translation>
    </message>
    <message>
        <source>A rule&apos;s &quot;count&quot; must be a positive whole number.</source>
        <translation>El &quot;count&quot; de una regla debe ser un número entero positivo.</translation>
    </message>
    <message>
        <source>The escalation settings could not be read; the defaults are used.</source>
        <translation>No se pudieron leer los ajustes de escalado; se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>The escalation settings have a problem; the defaults are used.</source>
        <translation>Los ajustes de escalado tienen un problema; se usan los valores predeterminados.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::BarChart</name>
    <message>
        <source>Nothing in this period</source>
        <translation>Nada en este período</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CannedPicker</name>
    <message>
        <source>Insert canned response</source>
        <translation>Insertar respuesta predefinida</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Buscar respuestas predefinidas</translation>
    </message>
    <message>
        <source>Search by title, text or shortcut</source>
        <translation>Buscar por título, texto o atajo</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Text to insert</source>
        <translation>Texto a insertar</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>En %1:</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CannedTranslationDialog</name>
    <message>
        <source>Translated canned response</source>
        <translation>Respuesta predefinida traducida</translation>
    </message>
    <message>
        <source>%1, as written:</source>
        <translation>%1, tal como está escrito:</translation>
    </message>
    <message>
        <source>Machine translation into %1 (%2). Check it and edit it before you keep it; the {variables} stay as written:</source>
        <translation>Traducción automática al %1 (%2). Revísela y edítela antes de guardarla; las {variables} quedan tal como están:</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Back into %1: %2</source>
        <translation>De vuelta al %1: %2</translation>
    </message>
    <message>
        <source>Add as %1</source>
        <translation>Añadir como %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::Composer</name>
    <message>
        <source>Fill in &quot;%1&quot;</source>
        <translation>Completar «%1»</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Respuesta pública</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Mensaje privado</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>Write a reply. Type / for canned responses.</source>
        <translation>Escribe una respuesta. Escribe / para las respuestas predefinidas.</translation>
    </message>
    <message>
        <source>Canned…</source>
        <translation>Predefinidas…</translation>
    </message>
    <message>
        <source>Insert a canned response (type / in the reply)</source>
        <translation>Insertar una respuesta predefinida (escribe / en la respuesta)</translation>
    </message>
    <message>
        <source>Continue privately…</source>
        <translation>Continuar en privado…</translation>
    </message>
    <message>
        <source>Reply publicly and open a private conversation in one step</source>
        <translation>Responder en público y abrir una conversación privada en un paso</translation>
    </message>
    <message>
        <source>Send as private message instead</source>
        <translation>Enviar como mensaje privado</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Everyone can see this reply to %1 on %2.</source>
        <translation>Todos pueden ver esta respuesta a %1 en %2.</translation>
    </message>
    <message>
        <source>Only %1 sees this private message.</source>
        <translation>Solo %1 ve este mensaje privado.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Personal data in a public reply: %1. Continue in a private message instead.</source>
        <translation>Datos personales en una respuesta pública: %1. Continúa en un mensaje privado.</translation>
    </message>
    <message>
        <source>Too long for %1: %2 of %3.</source>
        <translation>Demasiado largo para %1: %2 de %3.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Falta completar: %1.</translation>
    </message>
    <message>
        <source>The customer writes in %1; this reply looks like %2.</source>
        <translation>El cliente escribe en %1; esta respuesta parece estar en %2.</translation>
    </message>
    <message>
        <source>This is the canned text unchanged. Make it personal before sending.</source>
        <translation>Es el texto predefinido sin cambios. Personalízalo antes de enviarlo.</translation>
    </message>
    <message>
        <source>Send publicly</source>
        <translation>Enviar en público</translation>
    </message>
    <message>
        <source>Send privately</source>
        <translation>Enviar en privado</translation>
    </message>
    <message>
        <source>The channel signs public replies; change it in Settings › Channels</source>
        <translation>El canal firma las respuestas públicas; cámbialo en Ajustes › Canales</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Firmado %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ConversationView</name>
    <message>
        <source>Conversation messages</source>
        <translation>Mensajes de la conversación</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Choose a conversation from the inbox.</source>
        <translation>Seleccione una conversación de la bandeja de entrada.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Mensaje directo</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>aún sin responder</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Add an internal note; the customer never sees it</source>
        <translation>Añadir una nota interna; el cliente nunca la ve</translation>
    </message>
    <message>
        <source>%1 typing…</source>
        <translation>%1 está escribiendo…</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>También viendo: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · reply due %1</source>
        <translation> · respuesta debida %1</translation>
    </message>
    <message>
        <source>Private message sent %1; %2 has not answered yet.</source>
        <translation>Mensaje privado enviado %1; %2 aún no ha respondido.</translation>
    </message>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>Nota interna · %1 · %2</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Marcar como respondido</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Return this conversation to the queue</source>
        <translation>Devolver esta conversación a la cola</translation>
    </message>
    <message>
        <source>Make this conversation yours</source>
        <translation>Hacer tuya esta conversación</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>In the queue: nobody has this conversation yet.</source>
        <translation>En la cola: nadie tiene aún esta conversación.</translation>
    </message>
    <message>
        <source>Yours.</source>
        <translation>Tuya.</translation>
    </message>
    <message>
        <source>%1 has this conversation.</source>
        <translation>%1 tiene esta conversación.</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Transferir conversación</translation>
    </message>
    <message>
        <source>Give this conversation to:</source>
        <translation>Dar esta conversación a:</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Nota interna</translation>
    </message>
    <message>
        <source>Only your team sees this note:</source>
        <translation>Solo tu equipo ve esta nota:</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Prioridad %1</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Prioridad %1: %2</translation>
    </message>
    <message>
        <source>Translating from %1…</source>
        <translation>Traduciendo del %1…</translation>
    </message>
    <message>
        <source>Not translated: %1</source>
        <translation>Sin traducir: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 a través del %2</translation>
    </message>
    <message>
        <source>Sent machine-translated (%1); the agent wrote in %2:</source>
        <translation>Enviado con traducción automática (%1); el agente escribió en %2:</translation>
    </message>
    <message>
        <source>Machine translation from %1 (%2):</source>
        <translation>Traducción automática del %1 (%2):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CrmCard</name>
    <message>
        <source>matched by the team server</source>
        <translation>identificado por el servidor del equipo</translation>
    </message>
    <message>
        <source>%1, matched by the team server</source>
        <translation>%1, identificado por el servidor del equipo</translation>
    </message>
    <message>
        <source>found by their handle</source>
        <translation>encontrado por su usuario</translation>
    </message>
    <message>
        <source>found by the e-mail address they gave</source>
        <translation>encontrado por el correo electrónico que dio</translation>
    </message>
    <message>
        <source>found by the phone number they gave</source>
        <translation>encontrado por el teléfono que dio</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>elegido a mano</translation>
    </message>
    <message>
        <source>Linked by %1, %2</source>
        <translation>Vinculado por %1, %2</translation>
    </message>
    <message>
        <source>Linked automatically, %1</source>
        <translation>Vinculado automáticamente, %1</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Archivo de clientes</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>En el CRM</translation>
    </message>
    <message>
        <source>Open cases in the CRM</source>
        <translation>Casos abiertos en el CRM</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Abrir en el CRM</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>This is not them: take the link away. It is not made again.</source>
        <translation>No es esta persona: quitar el vínculo. No se vuelve a crear.</translation>
    </message>
    <message>
        <source>Find in CRM…</source>
        <translation>Buscar en el CRM…</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Ningún cliente</translation>
    </message>
    <message>
        <source>Not matched to a customer record.</source>
        <translation>Sin vincular a ningún registro de cliente.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Plan or tier: %1</source>
        <translation>Plan o nivel: %1</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>Valor del cliente: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Not them</source>
        <translation>No es esta persona</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>They gave %1 in a private message: %2 in %3?</source>
        <translation>Dio %1 en un mensaje privado: ¿es %2 en %3?</translation>
    </message>
    <message>
        <source>the same CRM record</source>
        <translation>el mismo registro del CRM</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation>el mismo correo electrónico</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>el mismo teléfono</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unir</translation>
    </message>
    <message>
        <source>One customer: their conversations and accounts together. Can be undone.</source>
        <translation>Un solo cliente: sus conversaciones y cuentas juntas. Se puede deshacer.</translation>
    </message>
    <message>
        <source>Likely the same person: %1 on %2 (%3)</source>
        <translation>Probablemente la misma persona: %1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer la unión</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Merged in by %1: %2</source>
        <translation>Unido por %1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CustomerPanel</name>
    <message>
        <source>Reach:</source>
        <translation>Alcance:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Locale:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Nivel:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Customer&apos;s conversations</source>
        <translation>Conversaciones del cliente</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source> · verified</source>
        <translation> · verificado</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>No compartida</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>(this conversation) </source>
        <translation>(esta conversación) </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The team&apos;s notes on this customer</source>
        <translation>Las notas del equipo sobre este cliente</translation>
    </message>
    <message>
        <source>@%1 · %2 · %3</source>
        <translation>@%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::DashboardView</name>
    <message>
        <source>median %1 · 90 % within %2</source>
        <translation>mediana %1 · 90 % en un máximo de %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>Cumplimiento del SLA</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Primera respuesta (mediana)</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>Pendientes ahora</translation>
    </message>
    <message>
        <source>Volume by channel</source>
        <translation>Volumen por canal</translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation>Volumen por categoría</translation>
    </message>
    <message>
        <source>Volume by language</source>
        <translation>Volumen por idioma</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Tiempo hasta la primera respuesta</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Tiempo hasta la resolución</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Pendientes por antigüedad</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>SLA kept</source>
        <translation>SLA cumplido</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Respuesta predefinida</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Usos</translation>
    </message>
    <message>
        <source>Sent unchanged</source>
        <translation>Enviadas sin cambios</translation>
    </message>
    <message>
        <source>Look again?</source>
        <translation>¿Revisar de nuevo?</translation>
    </message>
    <message>
        <source>QA by week</source>
        <translation>QA por semana</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Exportar panel</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Exportar cifras</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 messages · %2 replies</source>
        <translation>%1 mensajes · %2 respuestas</translation>
    </message>
    <message>
        <source>%1 kept · %2 breached</source>
        <translation>%1 cumplidos · %2 incumplidos</translation>
    </message>
    <message>
        <source>%1 of %2 messages answered</source>
        <translation>%1 de %2 mensajes respondidos</translation>
    </message>
    <message>
        <source>90 % within %1</source>
        <translation>90 % en un máximo de %1</translation>
    </message>
    <message>
        <source>%1 waiting over a day</source>
        <translation>%1 en espera desde hace más de un día</translation>
    </message>
    <message>
        <source>Always sent as it is: could it be more personal?</source>
        <translation>Siempre se envía tal cual: ¿podría ser más personal?</translation>
    </message>
    <message>
        <source>Rewritten %1 % on average: the wording does not fit</source>
        <translation>Reescrita un %1 % de media: la redacción no encaja</translation>
    </message>
    <message>
        <source>No conversations from %1 to %2.</source>
        <translation>No hay conversaciones del %1 al %2.</translation>
    </message>
    <message>
        <source>No conversations today.</source>
        <translation>Hoy no hay conversaciones.</translation>
    </message>
    <message numerus="yes">
        <source>No conversations in the last %n day(s).</source>
        <translation>
            <numerusform>No hay conversaciones en el último día.</numerusform>
            <numerusform>No hay conversaciones en los últimos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Escalados por motivo</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message numerus="yes">
        <source>%n escalated, none taken yet</source>
        <translation>
            <numerusform>%n escalado, ninguno atendido aún</numerusform>
            <numerusform>%n escalados, ninguno atendido aún</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 escalated · %2 taken · median %3 to take</source>
        <translation>%1 escalados · %2 atendidos · mediana de %3 hasta atenderlos</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Quote posts</source>
        <translation>Posts citados</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Praise shared</source>
        <translation>Elogios compartidos</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Escalar a</translation>
    </message>
    <message>
        <source>The team&apos;s leads</source>
        <translation>Los responsables del equipo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note for whoever takes it</source>
        <translation>Nota para quien lo atienda</translation>
    </message>
    <message>
        <source>What has been done, and what the customer needs</source>
        <translation>Qué se ha hecho y qué necesita el cliente</translation>
    </message>
    <message>
        <source>Escalate &amp;to:</source>
        <translation>Escalar &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>The conversation stays with you and is marked escalated until someone takes it.</source>
        <translation>La conversación sigue contigo y queda marcada como escalada hasta que alguien la atienda.</translation>
    </message>
    <message>
        <source>The conversation goes back to the queue, marked escalated, until someone takes it.</source>
        <translation>La conversación vuelve a la cola, marcada como escalada, hasta que alguien la atienda.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::FindInCrmDialog</name>
    <message>
        <source>Find in CRM</source>
        <translation>Buscar en el CRM</translation>
    </message>
    <message>
        <source>Search by name, company, e-mail address, phone number or handle, then link the customer to their record.</source>
        <translation>Busque por nombre, empresa, correo electrónico, teléfono o usuario y vincule al cliente con su registro.</translation>
    </message>
    <message>
        <source>Search the CRM for</source>
        <translation>Buscar en el CRM</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Registros encontrados</translation>
    </message>
    <message>
        <source>Link to this customer</source>
        <translation>Vincular con este cliente</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nobody found. Try a name, an e-mail address or a phone number.</source>
        <translation>No se encontró a nadie. Pruebe con un nombre, un correo electrónico o un teléfono.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n registro encontrado.</numerusform>
            <numerusform>%n registros encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::HandoffDialog</name>
    <message>
        <source>Continue in private messages</source>
        <translation>Continuar en mensajes privados</translation>
    </message>
    <message>
        <source>Both parts are sent together. When %1 answers privately, the answer joins this conversation.</source>
        <translation>Ambas partes se envían juntas. Cuando %1 responda en privado, la respuesta se une a esta conversación.</translation>
    </message>
    <message>
        <source>Public reply (everyone can see it):</source>
        <translation>Respuesta pública (todos pueden verla):</translation>
    </message>
    <message>
        <source>Public acknowledgement</source>
        <translation>Confirmación pública</translation>
    </message>
    <message>
        <source>Private message (only %1 sees it):</source>
        <translation>Mensaje privado (solo %1 lo ve):</translation>
    </message>
    <message>
        <source>Private opener</source>
        <translation>Primer mensaje privado</translation>
    </message>
    <message>
        <source>Send both</source>
        <translation>Enviar ambos</translation>
    </message>
    <message>
        <source>Write both parts.</source>
        <translation>Escribe ambas partes.</translation>
    </message>
    <message>
        <source>The public reply contains personal data (%1); move it to the private message.</source>
        <translation>La respuesta pública contiene datos personales (%1); pásalos al mensaje privado.</translation>
    </message>
    <message>
        <source>The public reply is too long: %1 of %2.</source>
        <translation>La respuesta pública es demasiado larga: %1 de %2.</translation>
    </message>
    <message>
        <source>The private message is too long: %1 of %2.</source>
        <translation>El mensaje privado es demasiado largo: %1 de %2.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Falta completar: %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::HistoryOffer</name>
    <message>
        <source>Show that period</source>
        <translation>Mostrar ese periodo</translation>
    </message>
    <message>
        <source>The workspace holds conversations from %1 to %2.</source>
        <translation>El espacio de trabajo contiene conversaciones del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::InboxModel</name>
    <message>
        <source>%1 · public</source>
        <translation>%1 · público</translation>
    </message>
    <message>
        <source>@%1 · %2</source>
        <translation>@%1 · %2</translation>
    </message>
    <message>
        <source>Reply due %1</source>
        <translation>Respuesta pendiente antes de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not answered yet</source>
        <translation>
            <numerusform>%n mensaje aún sin responder</numerusform>
            <numerusform>%n mensajes aún sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message>
        <source>[Draft] %1</source>
        <translation>[Borrador] %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Priority %1 · %2</source>
        <translation>Prioridad %1 · %2</translation>
    </message>
    <message>
        <source>%1 · private messages</source>
        <translation>%1 · mensajes privados</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Channel: an open ring is public, a dot is private</source>
        <translation>Canal: un anillo es público, un punto es privado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>[Waiting in private] %1</source>
        <translation>[Esperando en privado] %1</translation>
    </message>
    <message>
        <source>[Escalated] %1</source>
        <translation>[Escalada] %1</translation>
    </message>
    <message>
        <source>[Flagged] %1</source>
        <translation>[Marcada] %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::InboxPanel</name>
    <message>
        <source>Inbox views</source>
        <translation>Vistas de la bandeja</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mías</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Sin resolver</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro de idioma</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Mías (%1)</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Sin asignar (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search messages and customers</source>
        <translation>Buscar mensajes y clientes</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Buscar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractores</translation>
    </message>
    <message>
        <source>Customers who answered the satisfaction survey unhappily, until their conversation is resolved again</source>
        <translation>Clientes que respondieron descontentos a la encuesta de satisfacción, hasta que su conversación se resuelva de nuevo</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Escalados</translation>
    </message>
    <message>
        <source>Cases handed up by an agent or a rule, until someone takes them</source>
        <translation>Casos escalados por un agente o una regla, hasta que alguien los atienda</translation>
    </message>
    <message>
        <source>Detractors (%1)</source>
        <translation>Detractores (%1)</translation>
    </message>
    <message>
        <source>Escalations (%1)</source>
        <translation>Escalados (%1)</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::LanguageToolsPage</name>
    <message>
        <source>In a team, the lead&apos;s choice is the team&apos;s: it reaches every desk when it comes online. Each desk keeps the service&apos;s key in its own keychain.</source>
        <translation>En un equipo, la elección del responsable es la del equipo: llega a cada puesto cuando se conecta. Cada puesto guarda la clave del servicio en su propio llavero.</translation>
    </message>
    <message>
        <source>Languages you read</source>
        <translation>Idiomas que lee</translation>
    </message>
    <message>
        <source>Language codes, yours first, e.g. en, es. Customers&apos; messages in other languages are shown with a translation into the first.</source>
        <translation>Códigos de idioma, el suyo primero, p. ej. es, en. Los mensajes de clientes en otros idiomas se muestran con una traducción al primero.</translation>
    </message>
    <message>
        <source>Languages you read:</source>
        <translation>Idiomas que lee:</translation>
    </message>
    <message>
        <source>Machine translation (this workspace)</source>
        <translation>Traducción automática (este espacio de trabajo)</translation>
    </message>
    <message>
        <source>Apertium, on this computer</source>
        <translation>Apertium, en este ordenador</translation>
    </message>
    <message>
        <source>LibreTranslate, on your team&apos;s server</source>
        <translation>LibreTranslate, en el servidor de su equipo</translation>
    </message>
    <message>
        <source>DeepL, in the cloud</source>
        <translation>DeepL, en la nube</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Translate with:</source>
        <translation>Traducir con:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the stored key</source>
        <translation>Se guarda en el llavero; déjelo vacío para conservar la clave guardada</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Spelling dictionaries on this computer</source>
        <translation>Diccionarios ortográficos en este ordenador</translation>
    </message>
    <message>
        <source>%1: no dictionary; drafts in it are not checked (install %2).</source>
        <translation>%1: sin diccionario; los borradores en este idioma no se revisan (instale %2).</translation>
    </message>
    <message>
        <source>a hunspell dictionary</source>
        <translation>un diccionario de hunspell</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>Working.</source>
        <translation>Funciona.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::MainWindow</name>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
    <message>
        <source>Opening workspace…</source>
        <translation>Abriendo el espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>Conversación &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>Conversación &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About CareDesk</source>
        <translation>&amp;Acerca de CareDesk</translation>
    </message>
    <message>
        <source>About CareDesk</source>
        <translation>Acerca de CareDesk</translation>
    </message>
    <message>
        <source>CareDesk %1
One inbox for social customer care.</source>
        <translation>CareDesk %1
Una sola bandeja de entrada para la atención al cliente en redes sociales.</translation>
    </message>
    <message numerus="yes">
        <source>Local workspace · %n conversation(s)</source>
        <translation>
            <numerusform>Espacio de trabajo local · %n conversación</numerusform>
            <numerusform>Espacio de trabajo local · %n conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mías</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Sin asignar</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;Reply publicly</source>
        <translation>&amp;Responder en público</translation>
    </message>
    <message>
        <source>Reply &amp;privately</source>
        <translation>Responder en &amp;privado</translation>
    </message>
    <message>
        <source>Continue in private &amp;messages…</source>
        <translation>Continuar en &amp;mensajes privados…</translation>
    </message>
    <message>
        <source>Insert &amp;canned response…</source>
        <translation>Insertar respuesta &amp;predefinida…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>&amp;Undo send</source>
        <translation>&amp;Deshacer envío</translation>
    </message>
    <message>
        <source>C&amp;laim or release</source>
        <translation>&amp;Tomar o liberar</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>R&amp;esolve or reopen</source>
        <translation>R&amp;esolver o reabrir</translation>
    </message>
    <message>
        <source>Internal &amp;note…</source>
        <translation>&amp;Nota interna…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Conversaciones nuevas</translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s) in the inbox.</source>
        <translation>
            <numerusform>%n conversación nueva en la bandeja.</numerusform>
            <numerusform>%n conversaciones nuevas en la bandeja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Asignadas a ti</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) newly assigned to you.</source>
        <translation>
            <numerusform>%n conversación nueva asignada a ti.</numerusform>
            <numerusform>%n conversaciones nuevas asignadas a ti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply taken back; it is in the composer again.</source>
        <translation>Respuesta retirada; vuelve a estar en el editor.</translation>
    </message>
    <message>
        <source>Signed in to the team as %1.</source>
        <translation>Sesión iniciada en el equipo como %1.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Finish signing in to %1 in your browser. If no browser opened, open this address: %2</source>
        <translation>Termina de iniciar sesión en %1 en tu navegador. Si no se abrió ningún navegador, abre esta dirección: %2</translation>
    </message>
    <message>
        <source>Finish signing in to %1 in your browser.</source>
        <translation>Termina de iniciar sesión en %1 en tu navegador.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 está conectado.</translation>
    </message>
    <message>
        <source>Mark open messages &amp;answered</source>
        <translation>Marcar mensajes abiertos como &amp;respondidos</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>&amp;Review transcripts</source>
        <translation>&amp;Revisar transcripciones</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formación</translation>
    </message>
    <message>
        <source>&amp;Queue control</source>
        <translation>Control de &amp;cola</translation>
    </message>
    <message>
        <source>My &amp;QA reviews…</source>
        <translation>Mis revisiones de &amp;QA…</translation>
    </message>
    <message>
        <source>Show or hide trans&amp;lations</source>
        <translation>Mostrar u ocultar tra&amp;ducciones</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Escalar…</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::Notifier</name>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::OutboxStatus</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Channel health: open Settings › Channels</source>
        <translation>Estado de los canales: abrir Ajustes › Canales</translation>
    </message>
    <message>
        <source>Sending both in %1 s</source>
        <translation>Se envían ambos en %1 s</translation>
    </message>
    <message>
        <source>Sending in %1 s</source>
        <translation>Se envía en %1 s</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Bandeja de salida vacía</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) waiting to send</source>
        <translation>
            <numerusform>%n respuesta esperando envío</numerusform>
            <numerusform>%n respuestas esperando envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) failed</source>
        <translation>
            <numerusform>%n respuesta fallida</numerusform>
            <numerusform>%n respuestas fallidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n en espera</numerusform>
            <numerusform> · %n en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>No live channels</source>
        <translation>Ningún canal activo</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) OK</source>
        <translation>
            <numerusform>%n canal OK</numerusform>
            <numerusform>%n canales OK</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Necesita atención: %1</translation>
    </message>
    <message>
        <source>Take the reply back before it goes</source>
        <translation>Retirar la respuesta antes de que salga</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::OwnReviewsDialog</name>
    <message>
        <source>Reviews of your work</source>
        <translation>Revisiones recibidas</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Aún no hay revisiones.</translation>
    </message>
    <message>
        <source>Conversation %1 · %2 · %3</source>
        <translation>Conversación %1 · %2 · %3</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Revisión de %1</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>parcialmente</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>My QA reviews</source>
        <translation>Mis revisiones de QA</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::PresenceSelector</name>
    <message>
        <source>Your presence</source>
        <translation>Su presencia</translation>
    </message>
    <message>
        <source>Away takes no new conversations. With a shift roster this holds until your shift next starts or ends.</source>
        <translation>«Ausente» no recibe conversaciones nuevas. Con un cuadrante de turnos, dura hasta que su turno empiece o termine la próxima vez.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::Presentation</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 seguidores</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 mil</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 M</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Pre-sales</source>
        <translation>Preventa</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a day as QLocale writes it (d day, MMM month name, yyyy year)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>The satisfaction survey could not be sent.</source>
        <translation>No se pudo enviar la encuesta de satisfacción.</translation>
    </message>
    <message>
        <source>Satisfaction survey sent %1; no answer yet.</source>
        <translation>Encuesta de satisfacción enviada el %1; aún sin respuesta.</translation>
    </message>
    <message>
        <source>The customer&apos;s reply to the satisfaction survey held no score.</source>
        <translation>La respuesta del cliente a la encuesta de satisfacción no contenía ninguna puntuación.</translation>
    </message>
    <message>
        <source>Detractor, to follow up: scored %1 of %2 on %3</source>
        <translation>Detractor, pendiente de seguimiento: %1 de %2 el %3</translation>
    </message>
    <message>
        <source>Detractor: scored %1 of %2 on %3</source>
        <translation>Detractor: %1 de %2 el %3</translation>
    </message>
    <message>
        <source>Survey answer: %1 of %2 on %3</source>
        <translation>Respuesta a la encuesta: %1 de %2 el %3</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — «%1»</translation>
    </message>
    <message>
        <source>the team&apos;s leads</source>
        <translation>los responsables del equipo</translation>
    </message>
    <message>
        <source>Flagged by a rule %1: %2</source>
        <translation>Marcada por una regla el %1: %2</translation>
    </message>
    <message>
        <source>Escalated to %1 by a rule %2: %3</source>
        <translation>Escalada a %1 por una regla el %2: %3</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 %3: %4</source>
        <translation>Escalada a %1 por %2 el %3: %4</translation>
    </message>
    <message>
        <source> · taken by %1</source>
        <translation> · atendida por %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::QueueView</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation>Abiertas / capacidad</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Más tiempo en espera</translation>
    </message>
    <message>
        <source>Conversations waiting longest</source>
        <translation>Conversaciones con más tiempo en espera</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Give to this agent</source>
        <translation>Asignar a este agente</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Devolver a la cola</translation>
    </message>
    <message>
        <source>Selected conversation:</source>
        <translation>Conversación seleccionada:</translation>
    </message>
    <message>
        <source>Routing and SLA</source>
        <translation>Enrutamiento y SLA</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Least loaded agent first</source>
        <translation>Primero el agente con menos carga</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Por turnos</translation>
    </message>
    <message>
        <source>Manual: agents take conversations</source>
        <translation>Manual: los agentes toman las conversaciones</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Enrutamiento:</translation>
    </message>
    <message>
        <source>First answer within</source>
        <translation>Primera respuesta en un máximo de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>First answer within:</source>
        <translation>Primera respuesta en un máximo de:</translation>
    </message>
    <message>
        <source>Count only business hours</source>
        <translation>Contar solo el horario laboral</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>%1: apertura</translation>
    </message>
    <message>
        <source>%1 closes</source>
        <translation>%1: cierre</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Horario de atención:</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Festivos:</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Guardar reglas</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>vence pronto</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>(queue)</source>
        <translation>(cola)</translation>
    </message>
    <message>
        <source>Routing hands out a team&apos;s conversations; sign in to a team server to set it.</source>
        <translation>El enrutamiento reparte las conversaciones de un equipo; para configurarlo, es necesario iniciar sesión en un servidor de equipo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ReplyTranslationBar</name>
    <message>
        <source>Back to my text</source>
        <translation>Volver a mi texto</translation>
    </message>
    <message>
        <source>Put what you wrote back into the reply</source>
        <translation>Volver a poner lo que escribió en la respuesta</translation>
    </message>
    <message>
        <source>Translation back into your language</source>
        <translation>Traducción de vuelta a su idioma</translation>
    </message>
    <message>
        <source>Translate to %1</source>
        <translation>Traducir al %1</translation>
    </message>
    <message>
        <source>Write in %1; the reply is translated for the customer, with a translation back to check it</source>
        <translation>Escriba en %1; la respuesta se traduce para el cliente, con una traducción de vuelta para revisarla</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Traduciendo…</translation>
    </message>
    <message>
        <source>Not translated: %1</source>
        <translation>Sin traducir: %1</translation>
    </message>
    <message>
        <source>%1, through %2</source>
        <translation>%1, a través del %2</translation>
    </message>
    <message>
        <source>Machine translation (%1). Check it before you send.</source>
        <translation>Traducción automática (%1). Revísela antes de enviar.</translation>
    </message>
    <message>
        <source>Back into %1: %2</source>
        <translation>De vuelta al %1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ReviewWorkspace</name>
    <message>
        <source>Any agent</source>
        <translation>Cualquier agente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>No resuelta</translation>
    </message>
    <message>
        <source>SLA breached only</source>
        <translation>Solo SLA incumplido</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agente:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripciones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Exportar lista…</translation>
    </message>
    <message>
        <source>Every transcript in the list, with its review, as one PDF or HTML file</source>
        <translation>Todas las transcripciones de la lista, con su revisión, en un único archivo PDF o HTML</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Choose a conversation to read its transcript.</source>
        <translation>Seleccionar una conversación para leer su transcripción.</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Summary for the agent:</source>
        <translation>Resumen para el agente:</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Resumen para el agente</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nuevo comentario</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Comentario…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar revisión</translation>
    </message>
    <message>
        <source>Edit scorecard…</source>
        <translation>Editar ficha de evaluación…</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>Exportar transcripción…</translation>
    </message>
    <message>
        <source>This transcript and its review as a PDF or HTML file, for audits and coaching</source>
        <translation>Esta transcripción y su revisión como archivo PDF o HTML, para auditorías y coaching</translation>
    </message>
    <message>
        <source>Comment on the message of %1</source>
        <translation>Comentar el mensaje de %1</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplido</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n transcripción</numerusform>
            <numerusform>%n transcripciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the whole conversation, or click Comment beside a message.</source>
        <translation>Comentar toda la conversación o hacer clic en «Comentar» junto a un mensaje.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Parcialmente</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerido)</translation>
    </message>
    <message>
        <source>Not reviewed yet. Agent: %1</source>
        <translation>Aún sin revisar. Agente: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Saved %1 by %2: %3.</source>
        <translation>Guardado el %1 por %2: %3.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Toda la conversación</translation>
    </message>
    <message>
        <source>Message of %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <source>Edit scorecard</source>
        <translation>Editar ficha de evaluación</translation>
    </message>
    <message>
        <source>The team&apos;s criteria, in order. Past reviews keep the wording they were scored with.</source>
        <translation>Los criterios del equipo, en orden. Las revisiones anteriores conservan la redacción con la que se puntuaron.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Añadir criterio</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nuevo criterio</translation>
    </message>
    <message>
        <source>Export transcripts</source>
        <translation>Exportar transcripciones</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Página web (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>Transcripts (%n)</source>
        <translation>
            <numerusform>Transcripciones (%n)</numerusform>
            <numerusform>Transcripciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>CareDesk transcripts</source>
        <translation>Transcripciones de CareDesk</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>The newest %1 transcripts: narrow the filters or the dates for the others.</source>
        <translation>Las %1 transcripciones más recientes: acote los filtros o las fechas para ver las demás.</translation>
    </message>
    <message>
        <source>No transcripts from %1 to %2.</source>
        <translation>No hay transcripciones del %1 al %2.</translation>
    </message>
    <message>
        <source>No transcripts today.</source>
        <translation>Hoy no hay transcripciones.</translation>
    </message>
    <message numerus="yes">
        <source>No transcripts in the last %n day(s).</source>
        <translation>
            <numerusform>No hay transcripciones en el último día.</numerusform>
            <numerusform>No hay transcripciones en los últimos %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::RosterDialog</name>
    <message>
        <source>Shift roster</source>
        <translation>Cuadrante de turnos</translation>
    </message>
    <message>
        <source>Who is on which channels when, every week, in the team&apos;s time zone (%1); nobody is on the holidays of the SLA rules. Days: mon, tue, wed, thu, fri, sat, sun, separated by commas. A shift whose end comes before its start ends the next morning. No channels: every channel.</source>
        <translation>Quién atiende qué canales y cuándo, cada semana, en la zona horaria del equipo (%1); nadie trabaja en los festivos de las reglas de SLA. Días: mon, tue, wed, thu, fri, sat, sun, separados por comas. Un turno cuyo fin es anterior a su inicio termina a la mañana siguiente. Sin canales: todos los canales.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Agent (login)</source>
        <translation>Agente (usuario)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Añadir turno</translation>
    </message>
    <message>
        <source>Remove shift</source>
        <translation>Quitar turno</translation>
    </message>
    <message>
        <source>Shift-change post ({name}, {end}, {zone} and {signoff} are filled in; empty: the built-in words):</source>
        <translation>Publicación de cambio de turno (se rellenan {name}, {end}, {zone} y {signoff}; vacía: el texto incluido):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SatisfactionPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Satisfacción del cliente</translation>
    </message>
    <message>
        <source>Satisfaction by</source>
        <translation>Satisfacción por</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Respuestas a la encuesta</translation>
    </message>
    <message>
        <source>Satisfaction by group</source>
        <translation>Satisfacción por grupo</translation>
    </message>
    <message>
        <source>%1 promoters · %2 passives · %3 detractors</source>
        <translation>%1 promotores · %2 pasivos · %3 detractores</translation>
    </message>
    <message>
        <source>%1 of %2 surveys answered</source>
        <translation>%1 de %2 encuestas respondidas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (4–5)</source>
        <translation>CSAT (4–5)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ScenarioEditor</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Scenario id</source>
        <translation>ID del escenario</translation>
    </message>
    <message>
        <source>billing-drill</source>
        <translation>practica-facturacion</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>Título del escenario</translation>
    </message>
    <message>
        <source>What trainees will practise</source>
        <translation>Lo que practicarán los participantes</translation>
    </message>
    <message>
        <source>Brand name:</source>
        <translation>Nombre de la marca:</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Nombre de la marca</translation>
    </message>
    <message>
        <source>Northwind Mobile</source>
        <translation>Northwind Mobile</translation>
    </message>
    <message>
        <source>Brand handle:</source>
        <translation>Usuario de la marca:</translation>
    </message>
    <message>
        <source>Brand handle</source>
        <translation>Usuario de la marca</translation>
    </message>
    <message>
        <source>The account customers mention</source>
        <translation>La cuenta que mencionan los clientes</translation>
    </message>
    <message>
        <source>Scenario parts</source>
        <translation>Partes del escenario</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check scenario</source>
        <translation>Comprobar escenario</translation>
    </message>
    <message>
        <source>Lists every problem the practice channel would find in this scenario</source>
        <translation>Enumera todos los problemas que el canal de práctica encontraría en este escenario</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its place</source>
        <translation>Doble clic en un problema para ir a su ubicación</translation>
    </message>
    <message>
        <source>Close scenario editor</source>
        <translation>Cerrar editor de escenarios</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Configuración regional</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <source>Move persona up</source>
        <translation>Subir persona</translation>
    </message>
    <message>
        <source>Move persona down</source>
        <translation>Bajar persona</translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation>Momento (s)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Respuesta a</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Quitar evento</translation>
    </message>
    <message>
        <source>Move event up</source>
        <translation>Subir evento</translation>
    </message>
    <message>
        <source>Move event down</source>
        <translation>Bajar evento</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después de</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Cuando</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Retraso (s)</translation>
    </message>
    <message>
        <source>Wait (s)</source>
        <translation>Espera (s)</translation>
    </message>
    <message>
        <source>Add reaction</source>
        <translation>Añadir reacción</translation>
    </message>
    <message>
        <source>Remove reaction</source>
        <translation>Quitar reacción</translation>
    </message>
    <message>
        <source>Move reaction up</source>
        <translation>Subir reacción</translation>
    </message>
    <message>
        <source>Move reaction down</source>
        <translation>Bajar reacción</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Se espera</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Dentro de (s)</translation>
    </message>
    <message>
        <source>Add expectation</source>
        <translation>Añadir expectativa</translation>
    </message>
    <message>
        <source>Remove expectation</source>
        <translation>Quitar expectativa</translation>
    </message>
    <message>
        <source>Move expectation up</source>
        <translation>Subir expectativa</translation>
    </message>
    <message>
        <source>Move expectation down</source>
        <translation>Bajar expectativa</translation>
    </message>
    <message>
        <source>personas[%1].followers: a whole number is required</source>
        <translation>personas[%1].followers: se requiere un número entero</translation>
    </message>
    <message>
        <source>reactions[%1].%2: seconds, a whole number, are required</source>
        <translation>reactions[%1].%2: se requieren segundos como número entero</translation>
    </message>
    <message>
        <source>reactions[%1].contains[%2]: a word is required</source>
        <translation>reactions[%1].contains[%2]: se requiere una palabra</translation>
    </message>
    <message>
        <source>No problems: %1 personas, %2 events, %3 reactions, %4 expectations.</source>
        <translation>Sin problemas: %1 personas, %2 eventos, %3 reacciones, %4 expectativas.</translation>
    </message>
    <message>
        <source>Problems: %1. Double-click one to go to its place.</source>
        <translation>Problemas: %1. Haga doble clic en uno para ir a su ubicación.</translation>
    </message>
    <message>
        <source>Not saved. Problems: %1. Double-click one to go to its place.</source>
        <translation>No guardado. Problemas: %1. Haga doble clic en uno para ir a su ubicación.</translation>
    </message>
    <message>
        <source>Not saved: the scenario has problems.
%1</source>
        <translation>No guardado: el escenario tiene problemas.
%1</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Archivos de escenario (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Editor de escenarios</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved.</source>
        <translation>El escenario tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Changed since the last check.</source>
        <translation>Modificado desde la última comprobación.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1%2 - Scenario editor</source>
        <translation>%1%2 - Editor de escenarios</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ScenarioJson</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a scenario file: line %2: %3</source>
        <translation>%1 no es un archivo de escenario: línea %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a CareDesk scenario of format version 1.</source>
        <translation>%1 no es un escenario de CareDesk con la versión de formato 1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ScenarioTable</name>
    <message>
        <source>%1: words separated by commas</source>
        <translation>%1: palabras separadas por comas</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tu nombre:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Un idioma nuevo se aplica desde el próximo inicio.</translation>
    </message>
    <message>
        <source>Undo window in seconds</source>
        <translation>Margen para deshacer en segundos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Replies wait before sending, with Undo:</source>
        <translation>Las respuestas esperan antes de enviarse, con Deshacer:</translation>
    </message>
    <message>
        <source>Notify me of new conversations and replies falling due</source>
        <translation>Avisarme de conversaciones nuevas y respuestas que vencen</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Notificaciones:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>/refund</source>
        <translation>/reembolso</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Cualquier categoría</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Typed as:</source>
        <translation>Se escribe:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Text in each language (variables: {customer.name}, {agent.name}, or your own such as {order}, asked for when used):</source>
        <translation>Texto en cada idioma (variables: {customer.name}, {agent.name} o propias como {order}, que se piden al usarlas):</translation>
    </message>
    <message>
        <source>Language variants</source>
        <translation>Variantes por idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Quitar idioma</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Respuesta predefinida</translation>
    </message>
    <message>
        <source>A canned response needs a title and a text in at least one language.</source>
        <translation>Una respuesta predefinida necesita un título y un texto en al menos un idioma.</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Canned responses can have one too.</source>
        <translation>Haz clic en un atajo y pulsa las teclas nuevas. Las respuestas predefinidas también pueden tener uno.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>Quota left</source>
        <translation>Cuota restante</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>History only</source>
        <translation>Solo historial</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Needs sign-in again</source>
        <translation>Necesita iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Reintentando</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no informado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Servidor del equipo</translation>
    </message>
    <message>
        <source>Signed in to your team&apos;s server, the team&apos;s conversations come to this inbox and each has exactly one owner. Your password is never stored; the session is kept in the system keychain.</source>
        <translation>Con la sesión iniciada en el servidor de tu equipo, las conversaciones del equipo llegan a esta bandeja y cada una tiene exactamente un responsable. Tu contraseña nunca se guarda; la sesión se conserva en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Dirección del servidor del equipo</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Not signed in: working solo.</source>
        <translation>Sin sesión: trabajando en solitario.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, your login and your password.</source>
        <translation>Introduce la dirección del servidor, tu usuario y tu contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Signed in and up to date.</source>
        <translation>Sesión iniciada y al día.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Sign in to the account…</source>
        <translation>Iniciar sesión en la cuenta…</translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in in your browser; needed when a channel says it must be signed in again</source>
        <translation>Abre el inicio de sesión de la plataforma en tu navegador; necesario cuando un canal pide iniciar sesión de nuevo</translation>
    </message>
    <message>
        <source>Channels are added with caredesk-cli channel add; their tokens are kept in the system keychain. In a team, the server runs the channels.</source>
        <translation>Los canales se añaden con caredesk-cli channel add; sus tokens se guardan en el llavero del sistema. En un equipo, el servidor gestiona los canales.</translation>
    </message>
    <message>
        <source>Choose a channel first.</source>
        <translation>Elige primero un canal.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Cerrar sesión en todas partes</translation>
    </message>
    <message>
        <source>End your sessions on every computer, for example after losing a laptop.</source>
        <translation>Cierra sus sesiones en todos los equipos, por ejemplo tras perder un portátil.</translation>
    </message>
    <message>
        <source>Warning: this address is plain http:// to another machine. Your password and session would cross the network unencrypted; ask for the server&apos;s https:// address.</source>
        <translation>Advertencia: esta dirección es http:// sin cifrar a otra máquina. Su contraseña y su sesión cruzarían la red sin cifrar; pida la dirección https:// del servidor.</translation>
    </message>
    <message>
        <source>Country of the channel&apos;s phone numbers</source>
        <translation>País de los números de teléfono del canal</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>País de este equipo (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as this country&apos;s first, then as those of the customer&apos;s language, so that a public reply with one is held back</source>
        <translation>Los números de teléfono sin prefijo internacional se leen primero como de este país y después como de los países del idioma del cliente, para retener una respuesta pública que contenga uno</translation>
    </message>
    <message>
        <source>Customers&apos; phone numbers are from:</source>
        <translation>Los números de teléfono de los clientes son de:</translation>
    </message>
    <message>
        <source>Translate canned response</source>
        <translation>Traducir respuesta predefinida</translation>
    </message>
    <message>
        <source>Into which language (e.g. es, pt, fr)?</source>
        <translation>¿A qué idioma (p. ej. en, pt, fr)?</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Traducir…</translation>
    </message>
    <message>
        <source>Machine-translate the selected language&apos;s text into another language, check it and add it</source>
        <translation>Traducir automáticamente el texto del idioma seleccionado a otro idioma, revisarlo y añadirlo</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>Sin traducir</translation>
    </message>
    <message>
        <source>How public replies are signed</source>
        <translation>Cómo se firman las respuestas públicas</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firma</translation>
    </message>
    <message>
        <source>With the agent&apos;s initials (^AG)</source>
        <translation>Con las iniciales del agente (^AG)</translation>
    </message>
    <message>
        <source>With the agent&apos;s first name (-Ana)</source>
        <translation>Con el nombre del agente (-Ana)</translation>
    </message>
    <message>
        <source>Added to each public reply once, counted in the platform&apos;s length and shown under the composer</source>
        <translation>Se añade una vez a cada respuesta pública, cuenta en la longitud de la plataforma y se muestra bajo el editor</translation>
    </message>
    <message>
        <source>Sign public replies:</source>
        <translation>Firmar las respuestas públicas:</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SharePraiseBar</name>
    <message>
        <source>Praise: share it from the brand&apos;s account</source>
        <translation>Elogio: compártalo desde la cuenta de la marca</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Repostear</translation>
    </message>
    <message>
        <source>Repost the customer&apos;s post as it is</source>
        <translation>Repostear la publicación del cliente tal cual</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Citar…</translation>
    </message>
    <message>
        <source>Post a few words of thanks above the customer&apos;s post</source>
        <translation>Publicar unas palabras de agradecimiento sobre la publicación del cliente</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Like the customer&apos;s comment from the Page</source>
        <translation>Marcar «Me gusta» en el comentario del cliente desde la página</translation>
    </message>
    <message>
        <source>Reposted by %1 · %2</source>
        <translation>Reposteado por %1 · %2</translation>
    </message>
    <message>
        <source>Quoted by %1 · %2: %3</source>
        <translation>Citado por %1 · %2: %3</translation>
    </message>
    <message>
        <source>Liked by %1 · %2</source>
        <translation>«Me gusta» de %1 · %2</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (falló: %2)</translation>
    </message>
    <message>
        <source>%1 (on its way)</source>
        <translation>%1 (en camino)</translation>
    </message>
    <message>
        <source>Quote the customer&apos;s post</source>
        <translation>Citar la publicación del cliente</translation>
    </message>
    <message>
        <source>Your words above their post (plain text, seen by everyone):</source>
        <translation>Sus palabras sobre la publicación (texto plano, visible para todos):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShiftPostBar</name>
    <message>
        <source>Shift-change post</source>
        <translation>Publicación de cambio de turno</translation>
    </message>
    <message>
        <source>Post on</source>
        <translation>Publicar en</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Your shift has started (until %1). Let customers know a person is here: this goes out publicly, as written.</source>
        <translation>Su turno ha empezado (hasta las %1). Diga a los clientes que hay una persona atendiendo: se publica tal como está escrito.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShiftsPanel</name>
    <message>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Edit roster…</source>
        <translation>Editar cuadrante…</translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>On shift now (%1): nobody</source>
        <translation>De turno ahora (%1): nadie</translation>
    </message>
    <message>
        <source>On shift now (%1):
%2</source>
        <translation>De turno ahora (%1):
%2</translation>
    </message>
    <message>
        <source>Next: no shift in the coming week</source>
        <translation>Después: ningún turno la próxima semana</translation>
    </message>
    <message>
        <source>Next:
%1</source>
        <translation>Después:
%1</translation>
    </message>
    <message>
        <source>The team has no shift roster yet. Presence then follows only who is connected.</source>
        <translation>El equipo aún no tiene cuadrante de turnos. La presencia sigue entonces solo a quien está conectado.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShortcutRegistry</name>
    <message>
        <source>Insert &quot;%1&quot;</source>
        <translation>Insertar «%1»</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>In the reply, type / to insert a canned response. Change keys in Settings › Shortcuts.</source>
        <translation>En la respuesta, escribe / para insertar una respuesta predefinida. Cambia las teclas en Ajustes › Atajos.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SlaAlerts</name>
    <message>
        <source>Replies due</source>
        <translation>Respuestas pendientes</translation>
    </message>
    <message>
        <source>Due soon or overdue: %1</source>
        <translation>Vencen pronto o vencidas: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Sin sugerencias</translation>
    </message>
    <message>
        <source>Add “%1” to team dictionary</source>
        <translation>Añadir «%1» al diccionario del equipo</translation>
    </message>
    <message>
        <source>The team dictionary could not be written: %1</source>
        <translation>No se pudo escribir el diccionario del equipo: %1</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Ignorar «%1»</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::TeamStatus</name>
    <message>
        <source>Team: online</source>
        <translation>Equipo: conectado</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Equipo: conectando…</translation>
    </message>
    <message>
        <source>Team: offline, working from this computer</source>
        <translation>Equipo: sin conexión, trabajando con la copia local</translation>
    </message>
    <message>
        <source>Team: signed out</source>
        <translation>Equipo: sesión cerrada</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>Individual</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::TrainerWorkspace</name>
    <message>
        <source>Start a class…</source>
        <translation>Iniciar clase…</translation>
    </message>
    <message>
        <source>A practice inbox for each trainee, from a scenario; nothing reaches a real customer</source>
        <translation>Una bandeja de práctica para cada participante, a partir de un escenario; nada llega a un cliente real</translation>
    </message>
    <message>
        <source>Open class…</source>
        <translation>Abrir clase…</translation>
    </message>
    <message>
        <source>Scenario editor…</source>
        <translation>Editor de escenarios…</translation>
    </message>
    <message>
        <source>Scenario from past conversations…</source>
        <translation>Escenario a partir de conversaciones anteriores…</translation>
    </message>
    <message>
        <source>Real conversations of this workspace, with every customer and their personal data made up</source>
        <translation>Conversaciones reales de este espacio de trabajo, con todos los clientes y sus datos personales inventados</translation>
    </message>
    <message>
        <source>No class open. Start one from a scenario, or open a class folder.</source>
        <translation>No hay ninguna clase abierta. Inicie una a partir de un escenario o abra una carpeta de clase.</translation>
    </message>
    <message>
        <source>Trainees compared</source>
        <translation>Comparación de participantes</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>Left open</source>
        <translation>Dejadas abiertas</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Más lenta</translation>
    </message>
    <message>
        <source>Personal data in public</source>
        <translation>Datos personales en público</translation>
    </message>
    <message>
        <source>Private answered in public</source>
        <translation>Privados respondidos en público</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <source>Canned kept as is</source>
        <translation>Respuestas predefinidas sin cambios</translation>
    </message>
    <message>
        <source>Expectations met</source>
        <translation>Expectativas cumplidas</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Practice report</source>
        <translation>Informe de práctica</translation>
    </message>
    <message>
        <source>Choose a trainee to read the report of their run.</source>
        <translation>Elija un participante para leer el informe de su sesión.</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Notas del formador</translation>
    </message>
    <message>
        <source>What went well, what to practise next…</source>
        <translation>Qué salió bien, qué practicar a continuación…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Guardar notas</translation>
    </message>
    <message>
        <source>Open this trainee&apos;s practice inbox</source>
        <translation>Abrir la bandeja de práctica de este participante</translation>
    </message>
    <message>
        <source>Starts CareDesk on the trainee&apos;s own practice workspace</source>
        <translation>Inicia CareDesk en el espacio de trabajo de práctica propio del participante</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n trainee(s) · started %2</source>
        <translation>
            <numerusform>%1 · %n participante · inicio: %2</numerusform>
            <numerusform>%1 · %n participantes · inicio: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Escenario: %1</translation>
    </message>
    <message>
        <source>Conversations answered</source>
        <translation>Conversaciones respondidas</translation>
    </message>
    <message>
        <source>First response (median / slowest)</source>
        <translation>Primera respuesta (mediana / más lenta)</translation>
    </message>
    <message>
        <source>Customer messages dealt with</source>
        <translation>Mensajes de clientes atendidos</translation>
    </message>
    <message>
        <source>Replies in public / in private</source>
        <translation>Respuestas en público / en privado</translation>
    </message>
    <message>
        <source>Private messages answered in public</source>
        <translation>Mensajes privados respondidos en público</translation>
    </message>
    <message>
        <source>Public replies showing personal data</source>
        <translation>Respuestas públicas con datos personales</translation>
    </message>
    <message>
        <source>Replies in the customer&apos;s language</source>
        <translation>Respuestas en el idioma del cliente</translation>
    </message>
    <message>
        <source>Canned responses sent as they were</source>
        <translation>Respuestas predefinidas enviadas sin cambios</translation>
    </message>
    <message>
        <source>Expected outcomes met</source>
        <translation>Resultados esperados cumplidos</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <source>Personal data shown in public</source>
        <translation>Datos personales mostrados en público</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Conversación %1: %2</translation>
    </message>
    <message>
        <source>Not in the customer&apos;s language</source>
        <translation>No está en el idioma del cliente</translation>
    </message>
    <message>
        <source>Conversation %1: written in %2, the customer wrote in %3</source>
        <translation>Conversación %1: escrita en %2, el cliente escribió en %3</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Respuestas predefinidas</translation>
    </message>
    <message>
        <source>sent as it was</source>
        <translation>enviada sin cambios</translation>
    </message>
    <message>
        <source>%1 % rewritten</source>
        <translation>%1 % reescrito</translation>
    </message>
    <message>
        <source>Start a practice class</source>
        <translation>Iniciar una clase de práctica</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>One trainee per line</source>
        <translation>Un participante por línea</translation>
    </message>
    <message>
        <source>CareDesk practice</source>
        <translation>Práctica de CareDesk</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Trainees:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Class folder (new):</source>
        <translation>Carpeta de la clase (nueva):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Escenarios (*.json)</translation>
    </message>
    <message>
        <source>Class folder</source>
        <translation>Carpeta de la clase</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>Indique al menos un participante.</translation>
    </message>
    <message>
        <source>Open a practice class</source>
        <translation>Abrir una clase de práctica</translation>
    </message>
    <message>
        <source>Scenario from past conversations</source>
        <translation>Escenario a partir de conversaciones anteriores</translation>
    </message>
    <message>
        <source>The most recent conversations:</source>
        <translation>Las conversaciones más recientes:</translation>
    </message>
    <message>
        <source>Every customer gets a made-up name and handle; emails, phone numbers, cards, IBANs and order numbers are replaced with fake ones.</source>
        <translation>Cada cliente recibe un nombre y un usuario inventados; los correos electrónicos, teléfonos, tarjetas, IBAN y números de pedido se sustituyen por otros ficticios.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Guardar el escenario</translation>
    </message>
    <message>
        <source>Scenario ready</source>
        <translation>Escenario listo</translation>
    </message>
    <message>
        <source>%1

Open it in the scenario editor?</source>
        <translation>%1

¿Abrirlo en el editor de escenarios?</translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Editor de escenarios</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
</context>
<context>
    <name>CareDesk::Ingest</name>
    <message>
        <source>New messages could not be saved.</source>
        <translation>No se pudieron guardar los mensajes nuevos.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Ingest::Importer</name>
    <message>
        <source>The workspace could not be read.</source>
        <translation>No se pudo leer el espacio de trabajo.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1 of the tweet archive was skipped: no brand account answers or is mentioned in it.</source>
        <translation>Se omitió la línea %1 del archivo de tuits: ninguna cuenta de marca la responde ni aparece mencionada.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Ingest::InboundItemJson</name>
    <message>
        <source>a string</source>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <source>&quot;public&quot; or &quot;private&quot;</source>
        <translation>«public» o «private»</translation>
    </message>
    <message>
        <source>&quot;mention&quot;, &quot;comment&quot; or &quot;dm&quot;</source>
        <translation>«mention», «comment» o «dm»</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>&quot;inbound&quot; or &quot;outbound&quot;</source>
        <translation>«inbound» o «outbound»</translation>
    </message>
    <message>
        <source>a time such as 2026-11-22T10:00:00Z</source>
        <translation>una hora como 2026-11-22T10:00:00Z</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a number of 0 or more</source>
        <translation>un número igual o mayor que 0</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>El campo «%1» es obligatorio.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>El campo «%1» debe ser %2.</translation>
    </message>
    <message>
        <source>not a JSON object in UTF-8</source>
        <translation>no es un objeto JSON en UTF-8</translation>
    </message>
</context>
<context>
    <name>CareDesk::Ingest::TweetCsvReader</name>
    <message>
        <source>This is not a tweet archive: its first line must name the columns %1.</source>
        <translation>Esto no es un archivo de tuits: la primera línea debe nombrar las columnas %1.</translation>
    </message>
    <message>
        <source>The tweet archive could not be read: %1</source>
        <translation>No se pudo leer el archivo de tuits: %1</translation>
    </message>
    <message>
        <source>The tweet archive is empty.</source>
        <translation>El archivo de tuits está vacío.</translation>
    </message>
    <message>
        <source>the row is far too long to be a tweet.</source>
        <translation>la fila es demasiado larga para ser un tuit.</translation>
    </message>
    <message>
        <source>a quotation mark opened in it is never closed.</source>
        <translation>unas comillas abiertas en ella nunca se cierran.</translation>
    </message>
    <message numerus="yes">
        <source>it has %n column(s) instead of 7.</source>
        <translation>
            <numerusform>tiene %n columna en lugar de 7.</numerusform>
            <numerusform>tiene %n columnas en lugar de 7.</numerusform>
        </translation>
    </message>
    <message>
        <source>it names no author.</source>
        <translation>no indica ningún autor.</translation>
    </message>
    <message>
        <source>%1 in column inbound is neither True nor False.</source>
        <translation>%1 en la columna inbound no es ni True ni False.</translation>
    </message>
    <message>
        <source>the date %1 is not like &quot;Tue Oct 31 22:10:47 +0000 2017&quot;.</source>
        <translation>la fecha %1 no tiene la forma «Tue Oct 31 22:10:47 +0000 2017».</translation>
    </message>
    <message>
        <source>Line %1 of the tweet archive was skipped: %2</source>
        <translation>Se omitió la línea %1 del archivo de tuits: %2</translation>
    </message>
    <message>
        <source>%1 in column %2 is not a tweet id.</source>
        <translation>%1 en la columna %2 no es un identificador de tuit.</translation>
    </message>
    <message>
        <source>column %1 is not valid UTF-8 text.</source>
        <translation>la columna %1 no es texto UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Net::HttpTransport</name>
    <message>
        <source>The answer&apos;s headers were larger than %1; it was not read.</source>
        <translation>Las cabeceras de la respuesta superaban %1; no se leyó.</translation>
    </message>
    <message>
        <source>The answer was larger than %1, the most CareDesk accepts here; it was not read.</source>
        <translation>La respuesta superaba %1, lo máximo que CareDesk acepta aquí; no se leyó.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Outbox::Outbox</name>
    <message>
        <source>The outbox could not be read or saved.</source>
        <translation>No se pudo leer ni guardar la bandeja de salida.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
    <message>
        <source>There is no such message in the outbox.</source>
        <translation>Ese mensaje no está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The conversation to reply in no longer exists.</source>
        <translation>La conversación en la que responder ya no existe.</translation>
    </message>
    <message>
        <source>The customer has written nothing public here to reply to; send a direct message.</source>
        <translation>El cliente no ha escrito aquí nada público a lo que responder; envíe un mensaje directo.</translation>
    </message>
    <message>
        <source>There is nobody to send a direct message to in this conversation.</source>
        <translation>En esta conversación no hay nadie a quien enviar un mensaje directo.</translation>
    </message>
    <message>
        <source>There is no message to share.</source>
        <translation>No hay ningún mensaje que compartir.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::Dashboard</name>
    <message>
        <source>The dashboard figures could not be read.</source>
        <translation>No se pudieron leer las cifras del panel.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::ReviewStore</name>
    <message>
        <source>The reviews could not be read.</source>
        <translation>No se pudieron leer las evaluaciones.</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>No se pudo guardar la evaluación.</translation>
    </message>
    <message>
        <source>Every criterion needs a title and a weight from 1 to 10.</source>
        <translation>Cada criterio necesita un título y un peso de 1 a 10.</translation>
    </message>
    <message>
        <source>The scorecard could not be saved.</source>
        <translation>No se pudo guardar la ficha de evaluación.</translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Una evaluación necesita el nombre del evaluador.</translation>
    </message>
    <message>
        <source>A score is 0 (not met), 1 (partly) or 2 (met).</source>
        <translation>La puntuación es 0 (no cumplido), 1 (en parte) o 2 (cumplido).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::Scorecard</name>
    <message>
        <source>Answered every message</source>
        <translation>Todos los mensajes respondidos</translation>
    </message>
    <message>
        <source>No customer message was left without an answer or a deliberate mark.</source>
        <translation>Ningún mensaje de cliente quedó sin respuesta o sin una marca intencionada.</translation>
    </message>
    <message>
        <source>Right channel</source>
        <translation>Canal adecuado</translation>
    </message>
    <message>
        <source>Account details and private matters moved to a private message; private messages answered in private.</source>
        <translation>Datos de la cuenta y asuntos privados trasladados a un mensaje privado; mensajes privados respondidos en privado.</translation>
    </message>
    <message>
        <source>Personal data kept private</source>
        <translation>Datos personales mantenidos en privado</translation>
    </message>
    <message>
        <source>No public reply shows an email address, phone number, card, IBAN or order number.</source>
        <translation>Ninguna respuesta pública muestra una dirección de correo electrónico, un teléfono, una tarjeta, un IBAN o un número de pedido.</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Idioma del cliente</translation>
    </message>
    <message>
        <source>Every reply is in the language the customer wrote in.</source>
        <translation>Cada respuesta está en el idioma en que escribió el cliente.</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Friendly, clear and in the brand&apos;s voice; canned text adapted to the customer.</source>
        <translation>Amable, claro y con la voz de la marca; textos predefinidos adaptados al cliente.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>The customer&apos;s problem was solved, or they know exactly what happens next.</source>
        <translation>El problema del cliente se resolvió o sabe exactamente qué ocurrirá a continuación.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::TranscriptReport</name>
    <message>
        <source>does not apply</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>parcialmente</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>returned the conversation to the queue</source>
        <translation>devolvió la conversación a la cola</translation>
    </message>
    <message>
        <source>took the conversation</source>
        <translation>tomó la conversación</translation>
    </message>
    <message>
        <source>assigned it to %1</source>
        <translation>la asignó a %1</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>estado %1 → %2</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>categoría %1 → %2</translation>
    </message>
    <message>
        <source>marked a customer message %1</source>
        <translation>marcó un mensaje del cliente como %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aún ninguna</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>breached (due %1)</source>
        <translation>incumplido (vence %1)</translation>
    </message>
    <message>
        <source>kept (due %1)</source>
        <translation>cumplido (vence %1)</translation>
    </message>
    <message>
        <source>Resolved after</source>
        <translation>Resuelta tras</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>no resuelta</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Espera más larga</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>mensaje privado</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>private reply</source>
        <translation>respuesta privada</translation>
    </message>
    <message>
        <source>public reply</source>
        <translation>respuesta pública</translation>
    </message>
    <message>
        <source>customer waited %1</source>
        <translation>el cliente esperó %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>QA:</source>
        <translation>QA:</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>nota interna</translation>
    </message>
    <message>
        <source>QA review by %1</source>
        <translation>Evaluación de QA de %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Score %1 %</source>
        <translation>Puntuación %1 %</translation>
    </message>
    <message>
        <source>resolved on import: the brand had answered last</source>
        <translation>resuelta al importar: la marca había respondido la última</translation>
    </message>
    <message>
        <source>sent machine-translated (%1); the agent wrote:</source>
        <translation>enviado con traducción automática (%1); el agente escribió:</translation>
    </message>
    <message>
        <source>took the escalated conversation</source>
        <translation>atendió la conversación escalada</translation>
    </message>
    <message>
        <source>flagged by a rule: %1</source>
        <translation>marcada por una regla: %1</translation>
    </message>
    <message>
        <source>escalated to %1: %2</source>
        <translation>escalada a %1: %2</translation>
    </message>
    <message>
        <source>the team&apos;s leads</source>
        <translation>los responsables del equipo</translation>
    </message>
    <message>
        <source>satisfaction survey (%1) sent to the customer</source>
        <translation>encuesta de satisfacción (%1) enviada al cliente</translation>
    </message>
    <message>
        <source>the customer answered the satisfaction survey: %1 of %2</source>
        <translation>el cliente respondió a la encuesta de satisfacción: %1 de %2</translation>
    </message>
    <message>
        <source>the customer&apos;s reply to the satisfaction survey held no score</source>
        <translation>la respuesta del cliente a la encuesta de satisfacción no contenía ninguna puntuación</translation>
    </message>
    <message>
        <source>reposted the customer&apos;s praise</source>
        <translation>reposteó el elogio del cliente</translation>
    </message>
    <message>
        <source>quoted the customer&apos;s praise: %1</source>
        <translation>citó el elogio del cliente: %1</translation>
    </message>
    <message>
        <source>liked the customer&apos;s praise</source>
        <translation>marcó «Me gusta» en el elogio del cliente</translation>
    </message>
</context>
<context>
    <name>CareDesk::Security::CredentialStore</name>
    <message>
        <source>No saved sign-in was found for this account.</source>
        <translation>No se encontró ningún inicio de sesión guardado para esta cuenta.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Sign-ins cannot be saved until a keyring (such as GNOME Keyring or KWallet) is running and unlocked.</source>
        <translation>El llavero del sistema no está disponible. No se pueden guardar los inicios de sesión hasta que haya un llavero (como GNOME Keyring o KWallet) en ejecución y desbloqueado.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::EventHub</name>
    <message>
        <source>Say hello with a session token first.</source>
        <translation>Salude primero con «hello» y un token de sesión.</translation>
    </message>
    <message>
        <source>Each message must be one JSON object.</source>
        <translation>Cada mensaje debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Unknown message type.</source>
        <translation>Tipo de mensaje desconocido.</translation>
    </message>
    <message>
        <source>hello needs a token and, optionally, since as a number.</source>
        <translation>hello necesita un token y, opcionalmente, since como número.</translation>
    </message>
    <message>
        <source>The session token is not valid. Log in again.</source>
        <translation>El token de sesión no es válido. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Too many connections from your address are waiting to say hello.</source>
        <translation>Demasiadas conexiones desde su dirección esperan todavía su saludo.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::HttpConnection</name>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Las cabeceras de la solicitud son demasiado grandes.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>El cuerpo de la solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>La solicitud no es HTTP/1.1 válido (%1).</translation>
    </message>
    <message>
        <source>The request target must be a path.</source>
        <translation>El destino de la solicitud debe ser una ruta.</translation>
    </message>
    <message>
        <source>Open the WebSocket on a connection of its own.</source>
        <translation>Abra el WebSocket en una conexión propia.</translation>
    </message>
    <message>
        <source>The request body is too large: at most %1 bytes are taken here.</source>
        <translation>El cuerpo de la solicitud es demasiado grande: aquí se aceptan como máximo %1 bytes.</translation>
    </message>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>La solicitud tardó demasiado en llegar.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::HttpServerAdapter</name>
    <message>
        <source>Too many open connections from your address. Close some and try again.</source>
        <translation>Demasiadas conexiones abiertas desde su dirección. Cierre algunas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Open this address as a WebSocket.</source>
        <translation>Abra esta dirección como WebSocket.</translation>
    </message>
    <message>
        <source>The TLS certificate could not be read (PEM expected).</source>
        <translation>No se pudo leer el certificado TLS (se espera PEM).</translation>
    </message>
    <message>
        <source>The TLS key could not be read.</source>
        <translation>No se pudo leer la clave TLS.</translation>
    </message>
    <message>
        <source>The TLS key is not an unencrypted RSA or EC key in PEM.</source>
        <translation>La clave TLS no es una clave RSA o EC sin cifrar en PEM.</translation>
    </message>
    <message>
        <source>The server could not listen on %1:%2. Is another server using that port?</source>
        <translation>El servidor no pudo escuchar en %1:%2. ¿Otro servidor usa ese puerto?</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::ServerDatabase</name>
    <message>
        <source>The server data folder could not be created.</source>
        <translation>No se pudo crear la carpeta de datos del servidor.</translation>
    </message>
    <message>
        <source>The server database could not be opened.</source>
        <translation>No se pudo abrir la base de datos del servidor.</translation>
    </message>
    <message>
        <source>The server database is damaged or cannot use crash-safe (WAL) mode.</source>
        <translation>La base de datos del servidor está dañada o no puede usar el modo a prueba de fallos (WAL).</translation>
    </message>
    <message>
        <source>The database address must look like postgresql://user@host/database.</source>
        <translation>La dirección de la base de datos debe tener la forma postgresql://usuario@host/basededatos.</translation>
    </message>
    <message>
        <source>This CareDesk server was built without PostgreSQL support.</source>
        <translation>Este servidor de CareDesk se compiló sin compatibilidad con PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL database could not be reached.</source>
        <translation>No se pudo conectar con la base de datos PostgreSQL.</translation>
    </message>
    <message>
        <source>The server database is not available.</source>
        <translation>La base de datos del servidor no está disponible.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>No se pudo guardar el cambio.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::ServerIngest</name>
    <message>
        <source>The server&apos;s ingest workspace could not be created.</source>
        <translation>No se pudo crear el espacio de trabajo de entrada del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s ingest workspace is not available.</source>
        <translation>El espacio de trabajo de entrada del servidor no está disponible.</translation>
    </message>
    <message>
        <source>No channel runs on this server for %1, so the reply cannot be posted from here.</source>
        <translation>En este servidor no funciona ningún canal para %1, así que la respuesta no se puede publicar desde aquí.</translation>
    </message>
    <message>
        <source>No channel named %1 runs on this server.</source>
        <translation>En este servidor no funciona ningún canal llamado %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::TeamServer</name>
    <message>
        <source>translatedFrom holds a text of at most 10,000 characters, a language code and a provider name.</source>
        <translation>translatedFrom contiene un texto de como máximo 10.000 caracteres, un código de idioma y un nombre de proveedor.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Su rol no lo permite.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>El cuerpo de la solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>The request body must be one JSON object in UTF-8 (%1).</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON en UTF-8 (%1).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Campo desconocido «%1».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Falta el campo «%1».</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>El campo «%1» debe ser %2.</translation>
    </message>
    <message>
        <source>There is no usable channel plugin &quot;%1&quot;.</source>
        <translation>No hay ningún complemento de canal «%1» utilizable.</translation>
    </message>
    <message>
        <source>Log in first: this needs a session token.</source>
        <translation>Inicie sesión primero: hace falta un token de sesión.</translation>
    </message>
    <message>
        <source>The session token is not valid. Log in again.</source>
        <translation>El token de sesión no es válido. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Use %1 here.</source>
        <translation>Use %1 aquí.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>No existe %1 %2.</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>No existe esa conversación.</translation>
    </message>
    <message>
        <source>There is no such agent.</source>
        <translation>No existe ese agente.</translation>
    </message>
    <message>
        <source>The login or password is not right.</source>
        <translation>El usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Estado desconocido «%1».</translation>
    </message>
    <message>
        <source>The cursor is not one this server gave out.</source>
        <translation>Este cursor no lo ha dado este servidor.</translation>
    </message>
    <message>
        <source>This request takes no body.</source>
        <translation>Esta solicitud no lleva cuerpo.</translation>
    </message>
    <message>
        <source>status must be open, pending or resolved.</source>
        <translation>status debe ser open, pending o resolved.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Una nota necesita algo de texto.</translation>
    </message>
    <message>
        <source>clientId must be 8 to 100 characters.</source>
        <translation>clientId debe tener entre 8 y 100 caracteres.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Una respuesta necesita algo de texto.</translation>
    </message>
    <message>
        <source>visibility must be public or private.</source>
        <translation>visibility debe ser public o private.</translation>
    </message>
    <message>
        <source>Conversations have no &quot;%1&quot; action.</source>
        <translation>Las conversaciones no tienen la acción «%1».</translation>
    </message>
    <message>
        <source>presence must be available, away or offline.</source>
        <translation>presence debe ser available, away u offline.</translation>
    </message>
    <message>
        <source>Send at most 32 MiB of items per request.</source>
        <translation>Envíe como máximo 32 MiB de elementos por solicitud.</translation>
    </message>
    <message>
        <source>role must be agent, lead, trainer or admin.</source>
        <translation>role debe ser agent, lead, trainer o admin.</translation>
    </message>
    <message>
        <source>A login and a password of at least 8 characters are needed.</source>
        <translation>Hacen falta un usuario y una contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>No se pudo calcular el hash de la contraseña.</translation>
    </message>
    <message>
        <source>Only an admin can change roles.</source>
        <translation>Solo un administrador puede cambiar roles.</translation>
    </message>
    <message>
        <source>No channel here takes webhooks under that name.</source>
        <translation>Ningún canal de aquí acepta webhooks con ese nombre.</translation>
    </message>
    <message>
        <source>The verify token does not match.</source>
        <translation>El token de verificación no coincide.</translation>
    </message>
    <message>
        <source>The delivery is too large.</source>
        <translation>La entrega es demasiado grande.</translation>
    </message>
    <message>
        <source>policy must be manual, round-robin or least-loaded.</source>
        <translation>policy debe ser manual, round-robin o least-loaded.</translation>
    </message>
    <message>
        <source>A review has at most %1 scores and %1 comments.</source>
        <translation>Una evaluación tiene como máximo %1 puntuaciones y %1 comentarios.</translation>
    </message>
    <message>
        <source>Each score needs a title, a weight from 1 to 10 and a score of 0, 1, 2 or null.</source>
        <translation>Cada puntuación necesita un título, un peso de 1 a 10 y un valor de 0, 1, 2 o null.</translation>
    </message>
    <message>
        <source>Each comment needs a text of at most %1 characters.</source>
        <translation>Cada comentario necesita un texto de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The summary has at most %1 characters.</source>
        <translation>El resumen puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2.</source>
        <translation>%1 debe ser un número entero de al menos %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>assignee must be me, none or an agent id.</source>
        <translation>assignee debe ser me, none o el id de un agente.</translation>
    </message>
    <message>
        <source>agent must be me or an agent id.</source>
        <translation>agent debe ser me o un id de agente.</translation>
    </message>
    <message>
        <source>Too many logins from your address. Try again in a minute.</source>
        <translation>Demasiados inicios de sesión desde su dirección. Inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>Too many logins from your address at once. Wait for the ones under way.</source>
        <translation>Demasiados inicios de sesión a la vez desde su dirección. Espere a los que están en curso.</translation>
    </message>
    <message>
        <source>The server is checking many logins. Try again.</source>
        <translation>El servidor está comprobando muchos inicios de sesión. Inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos. Vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 words can be changed at once.</source>
        <translation>Se pueden cambiar como máximo %1 palabras a la vez.</translation>
    </message>
    <message>
        <source>Each word must be text of 1 to 64 characters on one line.</source>
        <translation>Cada palabra debe ser un texto de 1 a 64 caracteres en una sola línea.</translation>
    </message>
    <message>
        <source>The team dictionary holds at most %1 words.</source>
        <translation>El diccionario del equipo admite como máximo %1 palabras.</translation>
    </message>
    <message>
        <source>since and until must be ISO 8601 times with a zone, such as 2026-12-01T00:00:00Z.</source>
        <translation>since y until deben ser horas ISO 8601 con zona, como 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>by must be agent or channel.</source>
        <translation>by debe ser agent o channel.</translation>
    </message>
    <message>
        <source>survey takes only &quot;kind&quot; and &quot;quietDays&quot;.</source>
        <translation>survey solo admite &quot;kind&quot; y &quot;quietDays&quot;.</translation>
    </message>
    <message>
        <source>These are not agents of the team: %1.</source>
        <translation>Estos no son agentes del equipo: %1.</translation>
    </message>
    <message>
        <source>decision must be post or decline.</source>
        <translation>decision debe ser post o decline.</translation>
    </message>
    <message>
        <source>No shift-change post is waiting: the shift has not started, or its post was decided already.</source>
        <translation>No hay ninguna publicación de cambio de turno pendiente: el turno no ha empezado o ya se decidió sobre su publicación.</translation>
    </message>
    <message>
        <source>The post needs its text.</source>
        <translation>La publicación necesita su texto.</translation>
    </message>
    <message>
        <source>%1 is not a channel of this shift.</source>
        <translation>%1 no es un canal de este turno.</translation>
    </message>
    <message>
        <source>An escalation needs a reason (up to 200 characters), a target of up to 100 and a note of up to 4000.</source>
        <translation>Una escalada necesita un motivo (hasta 200 caracteres), un destino de hasta 100 y una nota de hasta 4000.</translation>
    </message>
    <message>
        <source>The escalation settings are a JSON object.</source>
        <translation>La configuración de escaladas es un objeto JSON.</translation>
    </message>
    <message>
        <source>Only whoever holds this conversation, or a lead, can escalate it.</source>
        <translation>Solo quien tiene esta conversación, o un responsable, puede escalarla.</translation>
    </message>
    <message>
        <source>A rule escalated this conversation already; it waits for someone to take it.</source>
        <translation>Una regla ya escaló esta conversación; espera a que alguien la tome.</translation>
    </message>
    <message>
        <source>%1 escalated this conversation already; it waits for someone to take it.</source>
        <translation>%1 ya escaló esta conversación; espera a que alguien la tome.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::TeamStore</name>
    <message>
        <source>The server database is not available.</source>
        <translation>La base de datos del servidor no está disponible.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>hace un minuto</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>hace %1 minutos</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>hace %1 horas</translation>
    </message>
    <message>
        <source>The team no longer exists.</source>
        <translation>El equipo ya no existe.</translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation>Ya existe una cuenta llamada %1.</translation>
    </message>
    <message>
        <source>There is already an integration called %1.</source>
        <translation>Ya existe una integración llamada %1.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversación ya no existe.</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>No existe esa conversación.</translation>
    </message>
    <message>
        <source>%1 took this conversation %2.</source>
        <translation>%1 tomó esta conversación %2.</translation>
    </message>
    <message>
        <source>Nobody holds this conversation.</source>
        <translation>Nadie tiene esta conversación.</translation>
    </message>
    <message>
        <source>%1 holds this conversation; only they or a lead can release it.</source>
        <translation>%1 tiene esta conversación; solo esa persona o un responsable puede liberarla.</translation>
    </message>
    <message>
        <source>Claim the conversation before handing it over.</source>
        <translation>Tome la conversación antes de traspasarla.</translation>
    </message>
    <message>
        <source>%1 holds this conversation; only they or a lead can transfer it.</source>
        <translation>%1 tiene esta conversación; solo esa persona o un responsable puede traspasarla.</translation>
    </message>
    <message>
        <source>The agent to hand over to is not on this team.</source>
        <translation>El agente al que traspasar no está en este equipo.</translation>
    </message>
    <message>
        <source>Claim the conversation first.</source>
        <translation>Tome primero la conversación.</translation>
    </message>
    <message>
        <source>%1 holds this conversation.</source>
        <translation>%1 tiene esta conversación.</translation>
    </message>
    <message>
        <source>This client id was already used for another conversation.</source>
        <translation>Este id de cliente ya se usó para otra conversación.</translation>
    </message>
    <message>
        <source>Claim the conversation before replying.</source>
        <translation>Tome la conversación antes de responder.</translation>
    </message>
    <message>
        <source>The conversation changed while you were writing. Read it again before sending.</source>
        <translation>La conversación cambió mientras escribía. Vuelva a leerla antes de enviar.</translation>
    </message>
    <message>
        <source>This client id is already in use. Send the reply with a new one.</source>
        <translation>Este id de cliente ya está en uso. Envíe la respuesta con uno nuevo.</translation>
    </message>
    <message>
        <source>%1&apos;s account is closed; hand the conversation to someone else.</source>
        <translation>La cuenta de %1 está cerrada; traspase la conversación a otra persona.</translation>
    </message>
    <message>
        <source>%1 does not work conversations; hand it to an agent or a lead.</source>
        <translation>%1 no atiende conversaciones; traspásela a un agente o a un responsable.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Shifts::Roster</name>
    <message>
        <source>Hi, {name} here! I&apos;m looking after your messages until {end} {zone}. {signoff}</source>
        <translation>¡Hola, soy {name}! Atiendo sus mensajes hasta las {end} {zone}. {signoff}</translation>
    </message>
    <message>
        <source>%1.agent: every shift names the agent&apos;s login</source>
        <translation>%1.agent: cada turno indica el usuario del agente</translation>
    </message>
    <message>
        <source>%1.days: a day is mon, tue, wed, thu, fri, sat or sun</source>
        <translation>%1.days: un día es mon, tue, wed, thu, fri, sat o sun</translation>
    </message>
    <message>
        <source>%1.days: a shift is on at least one day</source>
        <translation>%1.days: un turno es al menos un día</translation>
    </message>
    <message>
        <source>%1.start: a time is HH:MM, from 00:00 to 23:59</source>
        <translation>%1.start: una hora es HH:MM, de 00:00 a 23:59</translation>
    </message>
    <message>
        <source>%1.end: a time is HH:MM, from 00:00 to 24:00</source>
        <translation>%1.end: una hora es HH:MM, de 00:00 a 24:00</translation>
    </message>
    <message>
        <source>%1.channels: a channel is named by its name</source>
        <translation>%1.channels: un canal se indica por su nombre</translation>
    </message>
    <message>
        <source>The shift roster is not a JSON object.</source>
        <translation>El cuadrante de turnos no es un objeto JSON.</translation>
    </message>
    <message>
        <source>shifts: the roster lists its shifts</source>
        <translation>shifts: el cuadrante enumera sus turnos</translation>
    </message>
    <message>
        <source>shifts: at most %1 shifts</source>
        <translation>shifts: como máximo %1 turnos</translation>
    </message>
    <message>
        <source>shiftPost: the post is text of at most %1 characters</source>
        <translation>shiftPost: la publicación es texto de como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>The shift roster has mistakes: %1</source>
        <translation>El cuadrante de turnos tiene errores: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Spelling::SpellChecker</name>
    <message>
        <source>There is no spelling dictionary for %1 on this computer.</source>
        <translation>No hay diccionario ortográfico para %1 en este ordenador.</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>Buscado en: %1</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 is in an encoding CareDesk cannot read.</source>
        <translation>El diccionario ortográfico %1 está en una codificación que CareDesk no puede leer.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Spelling::WorkspaceWords</name>
    <message>
        <source>The workspace&apos;s names could not be read.</source>
        <translation>No se pudieron leer los nombres del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The team dictionary could not be read.</source>
        <translation>No se pudo leer el diccionario del equipo.</translation>
    </message>
    <message>
        <source>The team dictionary could not be saved.</source>
        <translation>No se pudo guardar el diccionario del equipo.</translation>
    </message>
    <message>
        <source>The team&apos;s replies could not be read.</source>
        <translation>No se pudieron leer las respuestas del equipo.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::AgentActions</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>No se pudo guardar el cambio.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>No se pudo leer el espacio de trabajo.</translation>
    </message>
    <message>
        <source>This conversation or message no longer exists.</source>
        <translation>Esta conversación o mensaje ya no existe.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CannedResponses</name>
    <message>
        <source>Another canned response already uses the shortcut %1.</source>
        <translation>Otra respuesta predefinida ya usa el atajo %1.</translation>
    </message>
    <message>
        <source>The canned response could not be saved.</source>
        <translation>No se pudo guardar la respuesta predefinida.</translation>
    </message>
    <message>
        <source>The canned response could not be removed.</source>
        <translation>No se pudo eliminar la respuesta predefinida.</translation>
    </message>
    <message>
        <source>The canned responses could not be read.</source>
        <translation>No se pudieron leer las respuestas predefinidas.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CrmLogQueue</name>
    <message>
        <source>The conversations to log in the CRM could not be kept.</source>
        <translation>No se pudieron guardar las conversaciones que se registran en el CRM.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CrmStore</name>
    <message>
        <source>The customer records could not be saved.</source>
        <translation>No se pudieron guardar los registros de clientes.</translation>
    </message>
    <message>
        <source>The customer records could not be read.</source>
        <translation>No se pudieron leer los registros de clientes.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CustomerLinks</name>
    <message>
        <source>The customer&apos;s CRM details could not be read.</source>
        <translation>No se pudieron leer los datos del cliente en el CRM.</translation>
    </message>
    <message>
        <source>The customer&apos;s CRM details could not be saved.</source>
        <translation>No se pudieron guardar los datos del cliente en el CRM.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CustomerMerges</name>
    <message>
        <source>The customers could not be merged.</source>
        <translation>No se pudo unir a los clientes.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>No se pudo deshacer la unión.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Un cliente no se puede unir consigo mismo.</translation>
    </message>
    <message>
        <source>One of the customers no longer exists, or was merged already.</source>
        <translation>Uno de los clientes ya no existe o ya se unió.</translation>
    </message>
    <message>
        <source>These are the team&apos;s customers: merging them is not possible from a desk in team mode yet.</source>
        <translation>Son clientes del equipo: en modo equipo aún no se pueden unir desde un puesto.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Esta unión ya se deshizo.</translation>
    </message>
    <message>
        <source>The customer&apos;s merges could not be read.</source>
        <translation>No se pudieron leer las uniones del cliente.</translation>
    </message>
    <message>
        <source>The customer&apos;s likely other accounts could not be read.</source>
        <translation>No se pudieron leer las otras cuentas probables del cliente.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::Database</name>
    <message>
        <source>The workspace file could not be opened.</source>
        <translation>No se pudo abrir el archivo del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not a CareDesk workspace.</source>
        <translation>El archivo del espacio de trabajo está dañado o no es un espacio de trabajo de CareDesk.</translation>
    </message>
    <message>
        <source>The workspace could not be switched to crash-safe (WAL) mode.</source>
        <translation>No se pudo cambiar el espacio de trabajo al modo a prueba de fallos (WAL).</translation>
    </message>
    <message>
        <source>The workspace could not be prepared.</source>
        <translation>No se pudo preparar el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::Drafts</name>
    <message>
        <source>The draft could not be saved.</source>
        <translation>No se pudo guardar el borrador.</translation>
    </message>
    <message>
        <source>The draft could not be read.</source>
        <translation>No se pudo leer el borrador.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::EscalationStore</name>
    <message>
        <source>The escalation could not be recorded.</source>
        <translation>No se pudo guardar el escalado.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::SchemaMigrator</name>
    <message>
        <source>The database is damaged or does not belong to CareDesk.</source>
        <translation>La base de datos está dañada o no pertenece a CareDesk.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of CareDesk. Update CareDesk to open it; nothing was changed.</source>
        <translation>Estos datos se guardaron con una versión más reciente de CareDesk. Actualice CareDesk para abrirlos; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version of CareDesk.</source>
        <translation>No se pudo actualizar la base de datos a esta versión de CareDesk.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::ShareStore</name>
    <message>
        <source>Shared praise could not be read or saved.</source>
        <translation>No se pudieron leer ni guardar los elogios compartidos.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::SurveyStore</name>
    <message>
        <source>The satisfaction survey could not be recorded.</source>
        <translation>No se pudo guardar la encuesta de satisfacción.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>La conversación ya no existe.</translation>
    </message>
    <message>
        <source>The satisfaction survey could not be read.</source>
        <translation>No se pudo leer la encuesta de satisfacción.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::TranslationStore</name>
    <message>
        <source>The translation could not be saved.</source>
        <translation>No se pudo guardar la traducción.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>No se pudo leer el espacio de trabajo.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Este mensaje ya no existe.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::WorkspaceStore</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Esta conversación ya no existe.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Este cliente ya no existe.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>No se pudo leer el espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace could not be saved.</source>
        <translation>No se pudo guardar el espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Surveys::SurveySettings</name>
    <message>
        <source>The survey kind must be off, csat or nps.</source>
        <translation>El tipo de encuesta debe ser off, csat o nps.</translation>
    </message>
    <message>
        <source>&quot;quietDays&quot; must be a whole number from 0 to %1.</source>
        <translation>&quot;quietDays&quot; debe ser un número entero de 0 a %1.</translation>
    </message>
    <message>
        <source>&quot;answerDays&quot; must be a whole number from 1 to %1.</source>
        <translation>&quot;answerDays&quot; debe ser un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>&quot;question&quot; must be a canned response&apos;s shortcut, such as /survey-nps.</source>
        <translation>&quot;question&quot; debe ser el atajo de una respuesta predefinida, como /survey-nps.</translation>
    </message>
    <message>
        <source>The survey settings are not a JSON object.</source>
        <translation>Los ajustes de la encuesta no son un objeto JSON.</translation>
    </message>
    <message>
        <source>The survey settings could not be read; no surveys are sent.</source>
        <translation>No se pudieron leer los ajustes de la encuesta; no se envían encuestas.</translation>
    </message>
    <message>
        <source>The survey settings have a problem; no surveys are sent.</source>
        <translation>Los ajustes de la encuesta tienen un problema; no se envían encuestas.</translation>
    </message>
    <message>
        <source>The survey settings could not be saved.</source>
        <translation>No se pudieron guardar los ajustes de la encuesta.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Sync::TeamMirror</name>
    <message>
        <source>The team&apos;s conversations could not be saved in this workspace.</source>
        <translation>No se pudieron guardar las conversaciones del equipo en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Sync::TeamSync</name>
    <message>
        <source>The team server cannot be reached (%1).</source>
        <translation>No se puede contactar con el servidor del equipo (%1).</translation>
    </message>
    <message>
        <source>The team server answered %1.</source>
        <translation>El servidor del equipo respondió %1.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the session: you will be asked to sign in again next time. (%1)</source>
        <translation>Sesión iniciada, pero el llavero no guardó la sesión: la próxima vez se le pedirá iniciar sesión de nuevo. (%1)</translation>
    </message>
    <message>
        <source>Sign in to the team server.</source>
        <translation>Inicie sesión en el servidor del equipo.</translation>
    </message>
    <message>
        <source>Offline: working from this computer&apos;s copy; changes are sent when the team server is back.</source>
        <translation>Sin conexión: trabaja con la copia de este equipo; los cambios se enviarán cuando vuelva el servidor del equipo.</translation>
    </message>
    <message>
        <source>Sign in to the team server first.</source>
        <translation>Inicie sesión primero en el servidor del equipo.</translation>
    </message>
    <message>
        <source>Nobody called %1 is on your team.</source>
        <translation>Nadie en tu equipo se llama %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeClass</name>
    <message>
        <source>There is no workspace in %1 to take canned responses from.</source>
        <translation>No hay ningún espacio de trabajo en %1 del que tomar respuestas predefinidas.</translation>
    </message>
    <message>
        <source>The scenario %1 could not be read.</source>
        <translation>No se pudo leer el escenario %1.</translation>
    </message>
    <message>
        <source>The scenario %1 has problems.</source>
        <translation>El escenario %1 tiene problemas.</translation>
    </message>
    <message>
        <source>The class could not be written.</source>
        <translation>No se pudo escribir la clase.</translation>
    </message>
    <message>
        <source>A trainee needs a name.</source>
        <translation>Cada participante necesita un nombre.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 aparece dos veces.</translation>
    </message>
    <message>
        <source>A practice inbox needs at least one trainee.</source>
        <translation>Una bandeja de práctica necesita al menos un participante.</translation>
    </message>
    <message>
        <source>%1 is not empty; a class starts in a new folder.</source>
        <translation>%1 no está vacía; una clase empieza en una carpeta nueva.</translation>
    </message>
    <message>
        <source>The class folder could not be created.</source>
        <translation>No se pudo crear la carpeta de la clase.</translation>
    </message>
    <message>
        <source>%1 holds no practice class.</source>
        <translation>%1 no contiene ninguna clase de práctica.</translation>
    </message>
    <message>
        <source>The class in %1 names a folder outside it for %2; a trainee&apos;s folder must be one folder inside the class.</source>
        <translation>La clase en %1 indica para %2 una carpeta fuera de ella; la carpeta de un alumno debe ser una carpeta dentro de la clase.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeDesk</name>
    <message>
        <source>The notes could not be saved.</source>
        <translation>No se pudieron guardar las notas.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeReport</name>
    <message>
        <source>The customer&apos;s message never came in this run.</source>
        <translation>El mensaje del cliente no llegó en esta sesión.</translation>
    </message>
    <message>
        <source>The conversation was not resolved.</source>
        <translation>La conversación no se resolvió.</translation>
    </message>
    <message>
        <source>Resolved %1 s after the customer&apos;s message.</source>
        <translation>Resuelta %1 s después del mensaje del cliente.</translation>
    </message>
    <message>
        <source>Resolved %1 s after the customer&apos;s message, later than %2 s.</source>
        <translation>Resuelta %1 s después del mensaje del cliente, más tarde de %2 s.</translation>
    </message>
    <message>
        <source>No reply after the customer&apos;s message.</source>
        <translation>Ninguna respuesta tras el mensaje del cliente.</translation>
    </message>
    <message>
        <source>No private reply.</source>
        <translation>Ninguna respuesta privada.</translation>
    </message>
    <message>
        <source>No public reply.</source>
        <translation>Ninguna respuesta pública.</translation>
    </message>
    <message>
        <source>No such reply within %1 s; the first came after %2 s.</source>
        <translation>Ninguna respuesta de ese tipo en %1 s; la primera llegó tras %2 s.</translation>
    </message>
    <message>
        <source>No such reply says any of: %1.</source>
        <translation>Ninguna respuesta de ese tipo contiene alguno de estos términos: %1.</translation>
    </message>
    <message>
        <source>Answered %1 s after the customer&apos;s message.</source>
        <translation>Respondida %1 s después del mensaje del cliente.</translation>
    </message>
    <message>
        <source>The practice workspace could not be read.</source>
        <translation>No se pudo leer el espacio de trabajo de práctica.</translation>
    </message>
    <message>
        <source>The practice scenario %1 could not be read.</source>
        <translation>No se pudo leer el escenario de práctica %1.</translation>
    </message>
    <message>
        <source>The practice scenario %1 has problems.</source>
        <translation>El escenario de práctica %1 tiene problemas.</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>No hay ningún espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>This workspace keeps no record of the canned responses sent.</source>
        <translation>Este espacio de trabajo no registra las respuestas predefinidas enviadas.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeWorkspace</name>
    <message>
        <source>The practice workspace could not be written.</source>
        <translation>No se pudo escribir el espacio de trabajo de práctica.</translation>
    </message>
    <message>
        <source>The practice workspace could not be set up.</source>
        <translation>No se pudo configurar el espacio de trabajo de práctica.</translation>
    </message>
    <message>
        <source>The scenario has problems.</source>
        <translation>El escenario tiene problemas.</translation>
    </message>
    <message>
        <source>The practice workspace folder could not be created.</source>
        <translation>No se pudo crear la carpeta del espacio de trabajo de práctica.</translation>
    </message>
    <message>
        <source>%1 is not empty; a practice workspace starts in a new folder.</source>
        <translation>%1 no está vacía; un espacio de trabajo de práctica empieza en una carpeta nueva.</translation>
    </message>
    <message>
        <source>%1 is not a practice workspace.</source>
        <translation>%1 no es un espacio de trabajo de práctica.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::ScenarioBuilder</name>
    <message>
        <source>A scenario needs at least one conversation.</source>
        <translation>Un escenario necesita al menos una conversación.</translation>
    </message>
    <message>
        <source>There are no past conversations with customers&apos; messages to make a scenario from.</source>
        <translation>No hay conversaciones anteriores con mensajes de clientes a partir de las cuales crear un escenario.</translation>
    </message>
    <message>
        <source>%1: %2 past conversations, anonymised</source>
        <translation>%1: %2 conversaciones anteriores, anonimizadas</translation>
    </message>
    <message>
        <source>Moves %1 to a private message, as the agent did.</source>
        <translation>Traslada %1 a un mensaje privado, como hizo el agente.</translation>
    </message>
    <message>
        <source>Answers %1, as the agent did.</source>
        <translation>Responde a %1, como hizo el agente.</translation>
    </message>
    <message>
        <source>Resolves the conversation with %1, as the agent did.</source>
        <translation>Resuelve la conversación con %1, como hizo el agente.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::ApertiumTranslator</name>
    <message>
        <source>Apertium is not installed on this computer (%1).</source>
        <translation>Apertium no está instalado en este ordenador (%1).</translation>
    </message>
    <message>
        <source>Apertium has no language pairs installed (Debian: apertium-eng-spa, apertium-es-pt, ...).</source>
        <translation>Apertium no tiene pares de idiomas instalados (Debian: apertium-eng-spa, apertium-es-pt, ...).</translation>
    </message>
    <message>
        <source>Apertium could not be started.</source>
        <translation>No se pudo iniciar Apertium.</translation>
    </message>
    <message>
        <source>Apertium took too long to translate.</source>
        <translation>Apertium tardó demasiado en traducir.</translation>
    </message>
    <message>
        <source>Apertium could not translate the text.</source>
        <translation>Apertium no pudo traducir el texto.</translation>
    </message>
    <message>
        <source>Apertium cannot translate from %1 to %2 on this computer.</source>
        <translation>Apertium no puede traducir de %1 a %2 en este ordenador.</translation>
    </message>
    <message>
        <source>Installed directions: %1</source>
        <translation>Direcciones instaladas: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::PrivacyMask</name>
    <message>
        <source>The translation lost a part that must stay as written: personal data hidden from the translation service, or a {variable}.</source>
        <translation>La traducción perdió una parte que debe quedar tal cual: datos personales ocultados al servicio de traducción o una {variable}.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::ProviderConfig</name>
    <message>
        <source>The translation settings are not a JSON object.</source>
        <translation>La configuración de traducción no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The translation settings name no known provider (&quot;provider&quot;: &quot;apertium&quot;, &quot;libretranslate&quot;, &quot;deepl&quot; or &quot;off&quot;).</source>
        <translation>La configuración de traducción no nombra ningún proveedor conocido (&quot;provider&quot;: &quot;apertium&quot;, &quot;libretranslate&quot;, &quot;deepl&quot; u &quot;off&quot;).</translation>
    </message>
    <message>
        <source>&quot;credential&quot; must name a keychain entry or an environment variable.</source>
        <translation>&quot;credential&quot; debe nombrar una entrada del llavero o una variable de entorno.</translation>
    </message>
    <message>
        <source>The translation settings hold a secret (&quot;%1&quot;). Keep it in the keychain and name the entry in &quot;credential&quot;.</source>
        <translation>La configuración de traducción contiene un secreto (&quot;%1&quot;). Guárdelo en el llavero y nombre la entrada en &quot;credential&quot;.</translation>
    </message>
    <message>
        <source>LibreTranslate needs the address of its server (&quot;apiBaseUrl&quot;).</source>
        <translation>LibreTranslate necesita la dirección de su servidor (&quot;apiBaseUrl&quot;).</translation>
    </message>
    <message>
        <source>&quot;apiBaseUrl&quot; must be an https:// address: customer text would cross the network unencrypted. Plain http:// is taken only on this machine (localhost, 127.0.0.1, ::1).</source>
        <translation>&quot;apiBaseUrl&quot; debe ser una dirección https://: el texto de los clientes cruzaría la red sin cifrar. Solo se acepta http:// en este equipo (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>DeepL needs an API key: name its keychain entry in &quot;credential&quot;.</source>
        <translation>DeepL necesita una clave de API: nombre su entrada del llavero en &quot;credential&quot;.</translation>
    </message>
    <message>
        <source>The translation settings %1 could not be read.</source>
        <translation>No se pudo leer la configuración de traducción %1.</translation>
    </message>
    <message>
        <source>The translation settings could not be saved.</source>
        <translation>No se pudo guardar la configuración de traducción.</translation>
    </message>
    <message>
        <source>Translation is off: no text is translated.</source>
        <translation>La traducción está desactivada: no se traduce ningún texto.</translation>
    </message>
    <message>
        <source>Apertium translates on this computer: no customer or agent text leaves it.</source>
        <translation>Apertium traduce en este ordenador: ningún texto de clientes ni agentes sale de él.</translation>
    </message>
    <message>
        <source>Messages you translate and the replies you write are sent to the LibreTranslate server at %1. Personal data (e-mail addresses, phone and card numbers, the team&apos;s own identifiers) is replaced by placeholders first.</source>
        <translation>Los mensajes que traduce y las respuestas que escribe se envían al servidor de LibreTranslate en %1. Los datos personales (direcciones de correo, números de teléfono y de tarjeta, los identificadores propios del equipo) se sustituyen antes por marcadores.</translation>
    </message>
    <message>
        <source>Messages you translate and the replies you write are sent to DeepL&apos;s cloud service (%1). Personal data (e-mail addresses, phone and card numbers, the team&apos;s own identifiers) is replaced by placeholders first.</source>
        <translation>Los mensajes que traduce y las respuestas que escribe se envían al servicio en la nube de DeepL (%1). Los datos personales (direcciones de correo, números de teléfono y de tarjeta, los identificadores propios del equipo) se sustituyen antes por marcadores.</translation>
    </message>
    <message>
        <source>DeepL needs an API key; enter it in Settings › Translation.</source>
        <translation>DeepL necesita una clave de API; introdúzcala en Ajustes › Idiomas.</translation>
    </message>
    <message>
        <source>Translation is off in this workspace&apos;s settings.</source>
        <translation>La traducción está desactivada en la configuración de este espacio de trabajo.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::RemoteTranslator</name>
    <message>
        <source>The translation service&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servicio de traducción.</translation>
    </message>
    <message>
        <source>There is no text to translate.</source>
        <translation>No hay texto que traducir.</translation>
    </message>
    <message>
        <source>The text is too long to translate (%1 characters; at most %2 go to a translation service at once).</source>
        <translation>El texto es demasiado largo para traducirlo (%1 caracteres; como máximo %2 van a la vez a un servicio de traducción).</translation>
    </message>
    <message>
        <source>The translation service at %1 did not answer.</source>
        <translation>El servicio de traducción en %1 no respondió.</translation>
    </message>
    <message>
        <source>The translation service refused the API key. Check the key in Settings › Translation.</source>
        <translation>El servicio de traducción rechazó la clave de API. Revise la clave en Ajustes › Idiomas.</translation>
    </message>
    <message>
        <source>The translation service&apos;s quota is used up for this period.</source>
        <translation>La cuota del servicio de traducción está agotada para este periodo.</translation>
    </message>
    <message>
        <source>The translation service is receiving too many requests; try again in a moment.</source>
        <translation>El servicio de traducción recibe demasiadas solicitudes; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The translation service is receiving too many requests; try again in %1 s.</source>
        <translation>El servicio de traducción recibe demasiadas solicitudes; inténtelo de nuevo en %1 s.</translation>
    </message>
    <message>
        <source>The text is too long for the translation service.</source>
        <translation>El texto es demasiado largo para el servicio de traducción.</translation>
    </message>
    <message>
        <source>The translation service had a problem (HTTP %1); try again later.</source>
        <translation>El servicio de traducción tuvo un problema (HTTP %1); inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The translation service refused the request.</source>
        <translation>El servicio de traducción rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The translation service refused the request: %1</source>
        <translation>El servicio de traducción rechazó la solicitud: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::CategoryRules</name>
    <message>
        <source>The category rules are not valid JSON.</source>
        <translation>Las reglas de categoría no son JSON válido.</translation>
    </message>
    <message>
        <source>This is not a CareDesk category rules file.</source>
        <translation>Este no es un archivo de reglas de categoría de CareDesk.</translation>
    </message>
    <message>
        <source>A pattern of the category &quot;%1&quot; is not valid.</source>
        <translation>Un patrón de la categoría «%1» no es válido.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::PiiScanner</name>
    <message>
        <source>The personal-data patterns file is not valid JSON.</source>
        <translation>El archivo de patrones de datos personales no es JSON válido.</translation>
    </message>
    <message>
        <source>Pattern %1 in the personal-data patterns file is not usable.</source>
        <translation>El patrón %1 del archivo de datos personales no se puede usar.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::SlaPolicy</name>
    <message>
        <source>The SLA policy is not a JSON object.</source>
        <translation>La política de SLA no es un objeto JSON.</translation>
    </message>
    <message>
        <source>firstResponseMinutes: a whole number from 1 to %1</source>
        <translation>firstResponseMinutes: un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>timeZone: unknown time zone &quot;%1&quot;</source>
        <translation>timeZone: zona horaria desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hours: an object of days</source>
        <translation>hours: un objeto de días</translation>
    </message>
    <message>
        <source>hours.%1: not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>hours.%1: no es un día (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>hours.%1: [&quot;HH:mm&quot;, &quot;HH:mm&quot;] or null</source>
        <translation>hours.%1: [&quot;HH:mm&quot;, &quot;HH:mm&quot;] o null</translation>
    </message>
    <message>
        <source>hours.%1: the closing time must come after the opening time</source>
        <translation>hours.%1: la hora de cierre debe ser posterior a la de apertura</translation>
    </message>
    <message>
        <source>holidays[%1]: a date like 2026-12-25</source>
        <translation>holidays[%1]: una fecha como 2026-12-25</translation>
    </message>
    <message>
        <source>The SLA policy has a problem.</source>
        <translation>La política de SLA tiene un problema.</translation>
    </message>
    <message>
        <source>autoResolveDays: a whole number from 1 to %1</source>
        <translation>autoResolveDays: un número entero de 1 a %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::TriageEngine</name>
    <message>
        <source>Service request</source>
        <translation>Solicitud de servicio</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Reclamación de garantía</translation>
    </message>
    <message>
        <source>Pre-sales question</source>
        <translation>Consulta de preventa</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Wide reach: %1 followers</source>
        <translation>Gran alcance: %1 seguidores</translation>
    </message>
    <message>
        <source>Reach: %1 followers</source>
        <translation>Alcance: %1 seguidores</translation>
    </message>
    <message>
        <source>Verified account</source>
        <translation>Cuenta verificada</translation>
    </message>
    <message>
        <source>Customer tier: %1</source>
        <translation>Nivel de cliente: %1</translation>
    </message>
    <message>
        <source>Urgent or upset wording: %1</source>
        <translation>Palabras urgentes o de enfado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) still unanswered</source>
        <translation>
            <numerusform>%n mensaje anterior aún sin respuesta</numerusform>
            <numerusform>%n mensajes anteriores aún sin respuesta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply overdue by %n minute(s)</source>
        <translation>
            <numerusform>Respuesta con %n minuto de retraso</numerusform>
            <numerusform>Respuesta con %n minutos de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply due in %n minute(s)</source>
        <translation>
            <numerusform>Respuesta pendiente en %n minuto</numerusform>
            <numerusform>Respuesta pendiente en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reply overdue by %n hour(s)</source>
        <translation>
            <numerusform>Respuesta con %n hora de retraso</numerusform>
            <numerusform>Respuesta con %n horas de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Cliente existente</translation>
    </message>
    <message>
        <source>Existing customer: %1</source>
        <translation>Cliente existente: %1</translation>
    </message>
    <message>
        <source>Escalation rule: %1</source>
        <translation>Regla de escalado: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::CrmDesk</name>
    <message>
        <source>This is the team&apos;s customer: the team server matches them in the CRM.</source>
        <translation>Es un cliente del equipo: el servidor del equipo lo identifica en el CRM.</translation>
    </message>
    <message>
        <source>The CRM has no key or token yet: run caredesk-cli crm connect, or put it in the keychain entry %1.</source>
        <translation>El CRM aún no tiene clave ni token: ejecute caredesk-cli crm connect o guárdelo en la entrada del llavero %1.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::CrmLogSender</name>
    <message>
        <source>The team&apos;s CRM changed before this was logged.</source>
        <translation>El CRM del equipo cambió antes de que esto se registrara.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::EscalationDesk</name>
    <message>
        <source>This conversation is escalated already and waits to be taken.</source>
        <translation>Esta conversación ya está escalada y espera a que alguien la atienda.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::ShareDesk</name>
    <message>
        <source>Only a customer&apos;s public praise can be shared, in the ways its channel allows.</source>
        <translation>Solo se puede compartir el elogio público de un cliente, de las formas que permite su canal.</translation>
    </message>
    <message>
        <source>A quote post needs a few words of the team&apos;s own.</source>
        <translation>Un post citado necesita unas palabras propias del equipo.</translation>
    </message>
    <message>
        <source>This message has been shared that way already.</source>
        <translation>Este mensaje ya se compartió de esa forma.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::ShiftDesk</name>
    <message>
        <source>A shift roster is kept by the team server: sign in first.</source>
        <translation>El cuadrante de turnos lo guarda el servidor del equipo: inicie sesión primero.</translation>
    </message>
    <message>
        <source>The team&apos;s roster is saved on the team server.</source>
        <translation>El cuadrante del equipo está guardado en el servidor del equipo.</translation>
    </message>
    <message>
        <source>Your shift-change post is on its way to %1.</source>
        <translation>Su publicación de cambio de turno va camino de %1.</translation>
    </message>
    <message>
        <source>No shift-change post this time.</source>
        <translation>Esta vez sin publicación de cambio de turno.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::SurveyDesk</name>
    <message>
        <source>The satisfaction survey could not be queued.</source>
        <translation>No se pudo poner en cola la encuesta de satisfacción.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::TranscriptExport</name>
    <message>
        <source>%1 · %2 · status %3 · category %4 · priority %5</source>
        <translation>%1 · %2 · estado %3 · categoría %4 · prioridad %5</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>mensaje privado</translation>
    </message>
    <message>
        <source>public</source>
        <translation>público</translation>
    </message>
    <message>
        <source>Priority reasons: %1</source>
        <translation>Motivos de la prioridad: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::TranslationDesk</name>
    <message>
        <source>Translation is off in this workspace.</source>
        <translation>La traducción está desactivada en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 has no way from this language here; a LibreTranslate or DeepL service can be chosen in Settings › Languages.</source>
        <translation>%1 no puede traducir este idioma aquí; se puede elegir un servicio LibreTranslate o DeepL en Ajustes › Idiomas.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::WorkspaceService</name>
    <message>
        <source>The team&apos;s translation settings were not changed: %1</source>
        <translation>La configuración de traducción del equipo no se cambió: %1</translation>
    </message>
    <message>
        <source>The workspace folder could not be created.</source>
        <translation>No se pudo crear la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Practice inbox</source>
        <translation>Bandeja de práctica</translation>
    </message>
    <message>
        <source>The channel connector &quot;%1&quot; is not available.</source>
        <translation>El conector de canal «%1» no está disponible.</translation>
    </message>
    <message>
        <source>The team&apos;s category rules could not be read; the built-in rules are used.</source>
        <translation>No se pudieron leer las reglas de categoría del equipo; se usan las reglas integradas.</translation>
    </message>
    <message>
        <source>The team&apos;s category rules have a problem; the built-in rules are used.</source>
        <translation>Las reglas de categoría del equipo tienen un problema; se usan las reglas integradas.</translation>
    </message>
    <message>
        <source>No saved sign-in was found for %1; connect the account again.</source>
        <translation>No se encontró ningún inicio de sesión guardado para %1; vuelva a conectar la cuenta.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>El espacio de trabajo no está abierto.</translation>
    </message>
    <message>
        <source>There is no channel called %1 here.</source>
        <translation>Aquí no hay ningún canal llamado %1.</translation>
    </message>
    <message>
        <source>The channel %1 is not ready yet.</source>
        <translation>El canal %1 aún no está listo.</translation>
    </message>
    <message>
        <source>The reply could not be queued.</source>
        <translation>No se pudo poner la respuesta en cola.</translation>
    </message>
    <message>
        <source>Too late to undo: the reply is already on its way.</source>
        <translation>Demasiado tarde para deshacer: la respuesta ya está en camino.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
    <message>
        <source>Waiting for the team server.</source>
        <translation>Esperando al servidor del equipo.</translation>
    </message>
    <message>
        <source>%1 has no account to sign in to from here.</source>
        <translation>%1 no tiene ninguna cuenta en la que iniciar sesión desde aquí.</translation>
    </message>
    <message>
        <source>%1 is connected for now, but the keychain did not keep its sign-in: connect it again after a restart.</source>
        <translation>%1 está conectado por ahora, pero el llavero no guardó el inicio de sesión: vuelve a conectarlo tras reiniciar.</translation>
    </message>
    <message>
        <source>The team&apos;s SLA policy could not be read; answers are due an hour after each message.</source>
        <translation>No se pudo leer la política de SLA del equipo; las respuestas vencen una hora después de cada mensaje.</translation>
    </message>
    <message>
        <source>The team server did not take the review: %1</source>
        <translation>El servidor del equipo no aceptó la evaluación: %1</translation>
    </message>
    <message>
        <source>The team&apos;s routing and SLA are saved on the team server.</source>
        <translation>El enrutamiento y el SLA del equipo se guardan en el servidor del equipo.</translation>
    </message>
    <message>
        <source>The SLA policy could not be saved.</source>
        <translation>No se pudo guardar la política de SLA.</translation>
    </message>
    <message>
        <source>Saved. New conversations are due by these rules.</source>
        <translation>Guardado. Las nuevas conversaciones vencen según estas reglas.</translation>
    </message>
    <message>
        <source>The scenario could not be written to %1.</source>
        <translation>No se pudo escribir el escenario en %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) became a practice scenario; %1 names, handles and personal details were replaced.</source>
        <translation>
            <numerusform>%n conversación se convirtió en un escenario de práctica; se sustituyeron %1 nombres, usuarios y datos personales.</numerusform>
            <numerusform>%n conversaciones se convirtieron en un escenario de práctica; se sustituyeron %1 nombres, usuarios y datos personales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s reviews of your work could not be fetched.</source>
        <translation>No se pudieron obtener las evaluaciones del equipo sobre su trabajo.</translation>
    </message>
    <message>
        <source>The team&apos;s personal-data patterns could not be read; only the built-in kinds of personal data are checked.</source>
        <translation>No se pudieron leer los patrones de datos personales del equipo; solo se comprueban los tipos de datos personales integrados.</translation>
    </message>
    <message>
        <source>The team&apos;s personal-data patterns have a problem; only the built-in kinds of personal data are checked.</source>
        <translation>Los patrones de datos personales del equipo tienen un problema; solo se comprueban los tipos de datos personales integrados.</translation>
    </message>
    <message>
        <source>The team dictionary was not changed: %1</source>
        <translation>El diccionario del equipo no se cambió: %1</translation>
    </message>
    <message>
        <source>Sharing a team conversation&apos;s praise is not possible from a desk yet.</source>
        <translation>Aún no se puede compartir el elogio de una conversación del equipo desde un puesto.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>A reply on Facebook needs the comment it answers.</source>
        <translation>Una respuesta en Facebook necesita el comentario al que responde.</translation>
    </message>
    <message>
        <source>Facebook answered without the id of the new message.</source>
        <translation>Facebook respondió sin el ID del nuevo mensaje.</translation>
    </message>
    <message>
        <source>Facebook could not be reached: %1</source>
        <translation>No se pudo contactar con Facebook: %1</translation>
    </message>
    <message>
        <source>Facebook asks to wait before the next request (%1).</source>
        <translation>Facebook pide esperar antes de la próxima solicitud (%1).</translation>
    </message>
    <message>
        <source>Facebook no longer accepts this Page&apos;s token; connect the Page again (%1).</source>
        <translation>Facebook ya no acepta el token de esta página; vuelva a conectar la página (%1).</translation>
    </message>
    <message>
        <source>Facebook had a passing problem (%1); trying again later.</source>
        <translation>Facebook tuvo un problema pasajero (%1); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Messenger allows no reply this long after the customer&apos;s last message. Answer publicly or wait for the customer to write again.</source>
        <translation>Messenger no permite responder tanto tiempo después del último mensaje del cliente. Responda en público o espere a que el cliente vuelva a escribir.</translation>
    </message>
    <message>
        <source>The Page&apos;s token lacks a permission: %1</source>
        <translation>Al token de la página le falta un permiso: %1</translation>
    </message>
    <message>
        <source>This person cannot be reached on Messenger right now.</source>
        <translation>Esta persona no está disponible en Messenger en este momento.</translation>
    </message>
    <message>
        <source>This comment already has a private reply; Messenger allows only one.</source>
        <translation>Este comentario ya tiene una respuesta privada; Messenger solo permite una.</translation>
    </message>
    <message>
        <source>Facebook had a problem answering (%1); trying again later.</source>
        <translation>Facebook tuvo un problema al responder (%1); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Facebook refused the request: %1</source>
        <translation>Facebook rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>No se puede enviar un mensaje vacío.</translation>
    </message>
    <message>
        <source>A direct message needs the customer&apos;s X user id.</source>
        <translation>Un mensaje directo necesita el ID de usuario de X del cliente.</translation>
    </message>
    <message>
        <source>X answered without the id of the new post.</source>
        <translation>X respondió sin el ID de la nueva publicación.</translation>
    </message>
    <message>
        <source>The token belongs to %1 (id %2), not to the configured account id %3.</source>
        <translation>El token pertenece a %1 (ID %2), no al ID de cuenta configurado %3.</translation>
    </message>
    <message>
        <source>X could not be reached: %1</source>
        <translation>No se pudo contactar con X: %1</translation>
    </message>
    <message>
        <source>X asks to wait before the next request (%1).</source>
        <translation>X pide esperar antes de la próxima solicitud (%1).</translation>
    </message>
    <message>
        <source>X no longer accepts this channel&apos;s authorisation; connect the account again (%1).</source>
        <translation>X ya no acepta la autorización de este canal; vuelva a conectar la cuenta (%1).</translation>
    </message>
    <message>
        <source>X had a problem answering (%1); trying again later.</source>
        <translation>X tuvo un problema al responder (%1); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>X does not allow this app to do that: %1</source>
        <translation>X no permite a esta aplicación hacer eso: %1</translation>
    </message>
    <message>
        <source>X refused the request: %1</source>
        <translation>X rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>No se pudo leer el espacio de trabajo.</translation>
    </message>
    <message>
        <source>This copy of CareDesk is damaged: its database schema is missing. Install it again.</source>
        <translation>Esta copia de CareDesk está dañada: falta el esquema de su base de datos. Instálela de nuevo.</translation>
    </message>
    <message>
        <source>The translation service&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servicio de traducción.</translation>
    </message>
    <message>
        <source>%1 conversation with %2, resolved</source>
        <translation>Conversación de %1 con %2, resuelta</translation>
    </message>
    <message>
        <source> [private]</source>
        <translation> [privado]</translation>
    </message>
    <message>
        <source>Facebook has no reposts or quote posts from a Page; like the comment instead.</source>
        <translation>Facebook no tiene reposts ni posts citados de una página; marque «Me gusta» en el comentario.</translation>
    </message>
    <message>
        <source>Facebook did not confirm the like.</source>
        <translation>Facebook no confirmó el «Me gusta».</translation>
    </message>
    <message>
        <source>Facebook answered without the id of the new post.</source>
        <translation>Facebook respondió sin el id de la nueva publicación.</translation>
    </message>
    <message>
        <source>This channel shares on X by reposting, not by liking.</source>
        <translation>Este canal comparte en X reposteando, no con «Me gusta».</translation>
    </message>
    <message>
        <source>X did not confirm the repost.</source>
        <translation>X no confirmó el repost.</translation>
    </message>
</context>
<context>
    <name>caredesk</name>
    <message>
        <source>CareDesk: one inbox for social customer care.</source>
        <translation>CareDesk: una sola bandeja de entrada para la atención al cliente en redes sociales.</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt; instead of the default one.</source>
        <translation>Abrir el espacio de trabajo de &lt;dir&gt; en lugar del predeterminado.</translation>
    </message>
    <message>
        <source>Start, wait until the main window has loaded its data, save it as a PNG image to &lt;file&gt; and quit. Works without a display (QT_QPA_PLATFORM=offscreen).</source>
        <translation>Iniciar, esperar a que la ventana principal cargue sus datos, guardarla como imagen PNG en &lt;file&gt; y salir. Funciona sin pantalla (QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Tamaño de la ventana para --screenshot (predeterminado: 1280x800).</translation>
    </message>
    <message>
        <source>Load channel plugins from &lt;dir&gt;.</source>
        <translation>Cargar los complementos de canal desde &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT between 320x240 and 8192x8192, such as 1280x800.</source>
        <translation>--size requiere ANCHOxALTO entre 320x240 y 8192x8192, por ejemplo 1280x800.</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>No se pudo escribir la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>The main window did not finish loading in time; no screenshot was taken.</source>
        <translation>La ventana principal no terminó de cargarse a tiempo; no se realizó ninguna captura de pantalla.</translation>
    </message>
    <message>
        <source>With --screenshot: the view to capture: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation (a reply translated with its check), spelling (a draft&apos;s slips with suggestions), languages (Settings › Languages), find-in-crm (Find in CRM… with a search), detractors (the leads&apos; view of unhappy survey answers), escalations (the leads&apos; view of escalated cases), roster (a team&apos;s shift roster) or shift-post (the shift-change post proposed when a shift starts); default inbox.</source>
        <translation>Con --screenshot: la vista que capturar: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation (una respuesta traducida con su comprobación), spelling (las erratas de un borrador con sugerencias), languages (Ajustes › Idiomas), find-in-crm (Buscar en el CRM… con una búsqueda), detractors (la vista de los responsables con respuestas insatisfechas), escalations (la vista de los responsables con casos escalados), roster (el cuadrante de turnos de un equipo) o shift-post (la publicación de cambio de turno propuesta al empezar un turno); por defecto inbox.</translation>
    </message>
    <message>
        <source>--view needs one of: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation, spelling, languages, find-in-crm, detractors, escalations, roster, shift-post.</source>
        <translation>--view necesita uno de: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation, spelling, languages, find-in-crm, detractors, escalations, roster, shift-post.</translation>
    </message>
</context>
<context>
    <name>caredesk-server</name>
    <message>
        <source>Match the team&apos;s customers in the CRM that &lt;file&gt; describes (crm.json: plugin, credential, tierPoints; &quot;team&quot; names the team), once for every desk.</source>
        <translation>Identifica a los clientes del equipo en el CRM que describe &lt;file&gt; (crm.json: plugin, credential, tierPoints; &quot;team&quot; nombra el equipo), una vez para todos los puestos.</translation>
    </message>
    <message>
        <source>CareDesk team server: shared queue, exclusive assignment and sync.</source>
        <translation>Servidor de equipo de CareDesk: cola compartida, asignación exclusiva y sincronización.</translation>
    </message>
    <message>
        <source>Keep the server&apos;s SQLite database in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos SQLite del servidor en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>Listen on &lt;address:port&gt; (default 127.0.0.1:8484).</source>
        <translation>Escuchar en &lt;address:port&gt; (predeterminado: 127.0.0.1:8484).</translation>
    </message>
    <message>
        <source>--listen needs an address and port, such as 127.0.0.1:8484.</source>
        <translation>--listen requiere una dirección y un puerto, por ejemplo 127.0.0.1:8484.</translation>
    </message>
    <message>
        <source>CareDesk server listening on %1://%2:%3/</source>
        <translation>Servidor CareDesk escuchando en %1://%2:%3/</translation>
    </message>
    <message>
        <source>Usage: caredesk-server user add LOGIN --role agent|lead|trainer|admin (password on stdin)</source>
        <translation>Uso: caredesk-server user add LOGIN --role agent|lead|trainer|admin (contraseña por la entrada estándar)</translation>
    </message>
    <message>
        <source>--role must be agent, lead, trainer or admin.</source>
        <translation>--role debe ser agent, lead, trainer o admin.</translation>
    </message>
    <message>
        <source>--capacity must be a number.</source>
        <translation>--capacity debe ser un número.</translation>
    </message>
    <message>
        <source>Give a password of at least 8 characters on the first line of standard input.</source>
        <translation>Indique una contraseña de al menos 8 caracteres en la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory?).</source>
        <translation>No se pudo calcular el hash de la contraseña (¿falta memoria?).</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se añadió %1 (%2).</translation>
    </message>
    <message>
        <source>user add: the account&apos;s role: agent, lead, trainer or admin.</source>
        <translation>user add: el rol de la cuenta: agent, lead, trainer o admin.</translation>
    </message>
    <message>
        <source>user add: the team (created if new; default &quot;default&quot;).</source>
        <translation>user add: el equipo (se crea si es nuevo; por defecto «default»).</translation>
    </message>
    <message>
        <source>user add: the name colleagues see.</source>
        <translation>user add: el nombre que ven los compañeros.</translation>
    </message>
    <message>
        <source>user add: languages the agent answers in, e.g. en,de (default: any).</source>
        <translation>user add: idiomas en los que responde el agente, p. ej. en,de (por defecto: todos).</translation>
    </message>
    <message>
        <source>user add: categories the agent handles, e.g. service,warranty (default: any).</source>
        <translation>user add: categorías que atiende el agente, p. ej. service,warranty (por defecto: todas).</translation>
    </message>
    <message>
        <source>user add: open conversations the agent holds at most (default 8).</source>
        <translation>user add: conversaciones abiertas que el agente tiene como máximo (por defecto 8).</translation>
    </message>
    <message>
        <source>Serve HTTPS and WSS with this PEM certificate (chain) &lt;file&gt;.</source>
        <translation>Servir HTTPS y WSS con este certificado PEM (cadena) &lt;file&gt;.</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key for --tls-cert.</source>
        <translation>La clave privada PEM sin cifrar para --tls-cert.</translation>
    </message>
    <message>
        <source>Run the channel described in &lt;file&gt; for the team (repeat for more; secrets from the environment or keychain).</source>
        <translation>Ejecutar para el equipo el canal descrito en &lt;file&gt; (repítalo para más; secretos del entorno o del llavero).</translation>
    </message>
    <message>
        <source>Add an account; its password is read from standard input.</source>
        <translation>Añadir una cuenta; la contraseña se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>Orden desconocida «%1». Consulte --help.</translation>
    </message>
    <message>
        <source>The config file %1 could not be read as a JSON object.</source>
        <translation>No se pudo leer el archivo de configuración %1 como objeto JSON.</translation>
    </message>
    <message>
        <source>The config file has an unknown option &quot;%1&quot;.</source>
        <translation>El archivo de configuración tiene una opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Keep this token safe: it is shown only now. It may only send items to POST /v1/ingest.</source>
        <translation>Guarde este token en un lugar seguro: solo se muestra ahora. Solo puede enviar elementos a POST /v1/ingest.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert y --tls-key van juntos.</translation>
    </message>
    <message>
        <source>Make (or revoke) a token another system uses to send items to POST /v1/ingest (--team).</source>
        <translation>Crear (o revocar) un token con el que otro sistema envía elementos a POST /v1/ingest (--team).</translation>
    </message>
    <message>
        <source>Usage: caredesk-server token add|remove NAME [--team TEAM]</source>
        <translation>Uso: caredesk-server token add|remove NOMBRE [--team EQUIPO]</translation>
    </message>
    <message>
        <source>There is no integration called %1.</source>
        <translation>No existe ninguna integración llamada %1.</translation>
    </message>
    <message>
        <source>The token of %1 no longer works.</source>
        <translation>El token de %1 ya no funciona.</translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation>No existe ninguna cuenta llamada %1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their open conversations are back in the queue, and what they wrote stays.</source>
        <translation>%1 ya no puede iniciar sesión; sus conversaciones abiertas vuelven a la cola y lo que escribió se conserva.</translation>
    </message>
    <message>
        <source>%1 has a new password; their sessions have ended.</source>
        <translation>%1 tiene una contraseña nueva; sus sesiones han terminado.</translation>
    </message>
    <message>
        <source>Close an account (history stays), or set a new password from standard input.</source>
        <translation>Cerrar una cuenta (el historial se conserva) o poner una contraseña nueva desde la entrada estándar.</translation>
    </message>
    <message>
        <source>request line and headers, bytes</source>
        <translation>línea de solicitud y cabeceras, bytes</translation>
    </message>
    <message>
        <source>request body outside ingest, bytes</source>
        <translation>cuerpo de una solicitud fuera de la importación, bytes</translation>
    </message>
    <message>
        <source>seconds for a request&apos;s headers to arrive</source>
        <translation>segundos para que lleguen las cabeceras de una solicitud</translation>
    </message>
    <message>
        <source>seconds for a request&apos;s body to arrive</source>
        <translation>segundos para que llegue el cuerpo de una solicitud</translation>
    </message>
    <message>
        <source>seconds an idle connection stays open</source>
        <translation>segundos que una conexión inactiva sigue abierta</translation>
    </message>
    <message>
        <source>open connections from one address</source>
        <translation>conexiones abiertas desde una dirección</translation>
    </message>
    <message>
        <source>open connections in all</source>
        <translation>conexiones abiertas en total</translation>
    </message>
    <message>
        <source>a live feed message from a client, bytes</source>
        <translation>un mensaje del canal en vivo de un cliente, bytes</translation>
    </message>
    <message>
        <source>logins one address may try at once</source>
        <translation>inicios de sesión que una dirección puede intentar a la vez</translation>
    </message>
    <message>
        <source>and then per minute</source>
        <translation>y después por minuto</translation>
    </message>
    <message>
        <source>wrong passwords per login and address before tries wait</source>
        <translation>contraseñas erróneas por usuario y dirección antes de que los intentos esperen</translation>
    </message>
    <message>
        <source>wrong passwords per login from all addresses before new addresses wait</source>
        <translation>contraseñas erróneas por usuario desde todas las direcciones antes de que las direcciones nuevas esperen</translation>
    </message>
    <message>
        <source>threads checking passwords</source>
        <translation>hilos que comprueban contraseñas</translation>
    </message>
    <message>
        <source>password checks one address may have waiting</source>
        <translation>comprobaciones de contraseña en espera por dirección</translation>
    </message>
    <message>
        <source>password checks waiting in all</source>
        <translation>comprobaciones de contraseña en espera en total</translation>
    </message>
    <message>
        <source>hours a session lives unused</source>
        <translation>horas que una sesión dura sin usarse</translation>
    </message>
    <message>
        <source>Unknown limit &quot;%1&quot;: use NAME=VALUE with one of the names --help lists.</source>
        <translation>Límite desconocido «%1»: use NOMBRE=VALOR con uno de los nombres que lista --help.</translation>
    </message>
    <message>
        <source>The limit %1 takes a whole number from %2 to %3.</source>
        <translation>El límite %1 admite un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>Set one of the server&apos;s limits (repeat for more). Names, defaults:</source>
        <translation>Fija uno de los límites del servidor (repítalo para más). Nombres, valores por defecto:</translation>
    </message>
    <message>
        <source>Refusing to serve plain HTTP on %1, which other machines can reach: passwords and session tokens would cross the network unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1 behind a TLS reverse proxy. To accept the risk, add --allow-insecure-http.</source>
        <translation>No se sirve HTTP sin cifrar en %1, al que pueden llegar otras máquinas: las contraseñas y los tokens de sesión cruzarían la red sin cifrar. Indique --tls-cert y --tls-key, o escuche en 127.0.0.1 detrás de un proxy inverso con TLS. Para aceptar el riesgo, añada --allow-insecure-http.</translation>
    </message>
    <message>
        <source>WARNING: serving plain HTTP on %1 (--allow-insecure-http): passwords and session tokens cross the network unencrypted. Use --tls-cert and --tls-key, or a TLS reverse proxy.</source>
        <translation>ADVERTENCIA: se sirve HTTP sin cifrar en %1 (--allow-insecure-http): las contraseñas y los tokens de sesión cruzan la red sin cifrar. Use --tls-cert y --tls-key, o un proxy inverso con TLS.</translation>
    </message>
    <message>
        <source>Serve plain HTTP on an address other machines can reach (without it the server refuses: passwords and tokens would cross the network unencrypted).</source>
        <translation>Servir HTTP sin cifrar en una dirección a la que llegan otras máquinas (sin esta opción el servidor se niega: las contraseñas y los tokens cruzarían la red sin cifrar).</translation>
    </message>
    <message>
        <source>Read options from a JSON &lt;file&gt; whose keys are these options&apos; names, e.g. {&quot;listen&quot;: &quot;127.0.0.1:8484&quot;, &quot;channel&quot;: [&quot;x.json&quot;]}. Options given on the command line win.</source>
        <translation>Leer las opciones de un archivo JSON &lt;file&gt; cuyas claves son los nombres de estas opciones, p. ej. {&quot;listen&quot;: &quot;127.0.0.1:8484&quot;, &quot;channel&quot;: [&quot;x.json&quot;]}. Las opciones de la línea de órdenes tienen prioridad.</translation>
    </message>
    <message>
        <source>--trusted-proxy takes an IP address, such as 127.0.0.1; &quot;%1&quot; is not one.</source>
        <translation>--trusted-proxy admite una dirección IP, como 127.0.0.1; «%1» no lo es.</translation>
    </message>
    <message>
        <source>Use PostgreSQL at &lt;url&gt; (postgresql://user@host/db) instead of SQLite. Give the password in PGPASSWORD or a PGPASSFILE, not in the URL, so that it does not show in the process list.</source>
        <translation>Usar PostgreSQL en &lt;url&gt; (postgresql://user@host/db) en lugar de SQLite. Indique la contraseña en PGPASSWORD o en un PGPASSFILE, no en la URL, para que no aparezca en la lista de procesos.</translation>
    </message>
    <message>
        <source>A reverse proxy at &lt;address&gt; whose X-Forwarded-For header names the client, for the limits per address and the login guard (repeat for more). Only for proxies that set or append the header themselves.</source>
        <translation>Un proxy inverso en &lt;address&gt; cuya cabecera X-Forwarded-For indica el cliente, para los límites por dirección y la protección del inicio de sesión (repítalo para más). Solo para proxies que fijan o amplían la cabecera ellos mismos.</translation>
    </message>
</context>
<context>
    <name>caredesk_cli</name>
    <message>
        <source>usage: caredesk-cli crm import --workspace DIR [--region CC] FILE</source>
        <translation>uso: caredesk-cli crm import --workspace DIR [--region CC] ARCHIVO</translation>
    </message>
    <message>
        <source>crm lookup needs --email, --phone or --handle</source>
        <translation>crm lookup necesita --email, --phone o --handle</translation>
    </message>
    <message>
        <source>The e-mail address to look up (crm lookup).</source>
        <translation>La dirección de correo que se busca (crm lookup).</translation>
    </message>
    <message>
        <source>The phone number to look up, as written (crm lookup; --region for one without a country code).</source>
        <translation>El número de teléfono que se busca, tal como está escrito (crm lookup; --region para uno sin prefijo de país).</translation>
    </message>
    <message>
        <source>The handle to look up, e.g. @ana_g (crm lookup).</source>
        <translation>El usuario que se busca, p. ej. @ana_g (crm lookup).</translation>
    </message>
    <message>
        <source>there is no workspace in %1</source>
        <translation>no hay ningún espacio de trabajo en %1</translation>
    </message>
    <message>
        <source>Where to look for channel plugins (plugins).</source>
        <translation>Dónde buscar complementos de canal (plugins).</translation>
    </message>
    <message>
        <source>inbox needs --workspace DIR</source>
        <translation>inbox requiere --workspace DIR</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit requiere un número positivo</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>comando desconocido «%1» (consulte --help)</translation>
    </message>
    <message>
        <source>usage: caredesk-cli import --workspace DIR --format jsonl|tweet-csv FILE</source>
        <translation>uso: caredesk-cli import --workspace DIR --format jsonl|tweet-csv ARCHIVO</translation>
    </message>
    <message>
        <source>--format must be jsonl or tweet-csv</source>
        <translation>--format debe ser jsonl o tweet-csv</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation>no se puede crear la carpeta del espacio de trabajo %1</translation>
    </message>
    <message>
        <source>usage: caredesk-cli export --workspace DIR --format jsonl|html</source>
        <translation>uso: caredesk-cli export --workspace DIR --format jsonl|html</translation>
    </message>
    <message>
        <source>--format must be jsonl or html</source>
        <translation>--format debe ser jsonl o html</translation>
    </message>
    <message>
        <source>CareDesk transcripts</source>
        <translation>Transcripciones de CareDesk</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la línea no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>--platform must be twitter, facebook or messenger</source>
        <translation>--platform debe ser twitter, facebook o messenger</translation>
    </message>
    <message>
        <source>learn needs --workspace DIR</source>
        <translation>learn necesita --workspace DIR</translation>
    </message>
    <message>
        <source>the field &quot;text&quot; must be a string</source>
        <translation>el campo «text» debe ser una cadena de texto</translation>
    </message>
    <message>
        <source>the field &quot;category&quot; must be one of: %1</source>
        <translation>el campo «category» debe ser uno de: %1</translation>
    </message>
    <message>
        <source>search needs --workspace DIR</source>
        <translation>search necesita --workspace DIR</translation>
    </message>
    <message>
        <source>search needs a query: caredesk-cli search --workspace DIR WORDS</source>
        <translation>search necesita una consulta: caredesk-cli search --workspace DIR PALABRAS</translation>
    </message>
    <message>
        <source>The workspace folder (inbox, triage, learn, search).</source>
        <translation>La carpeta del espacio de trabajo (inbox, triage, learn, search).</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (inbox, search; default 1000).</source>
        <translation>Como máximo &lt;n&gt; resultados (inbox, search; por defecto 1000).</translation>
    </message>
    <message>
        <source>twitter, facebook or messenger (measure; default twitter).</source>
        <translation>twitter, facebook o messenger (measure; por defecto twitter).</translation>
    </message>
    <message>
        <source>Measure this one text instead of reading stdin (measure).</source>
        <translation>Medir solo este texto en lugar de leer stdin (measure).</translation>
    </message>
    <message>
        <source>File format (import: jsonl, tweet-csv; export: jsonl, html).</source>
        <translation>Formato de archivo (import: jsonl, tweet-csv; export: jsonl, html).</translation>
    </message>
    <message>
        <source>JSON file with the team&apos;s own personal-data patterns (scan-pii).</source>
        <translation>Archivo JSON con los patrones de datos personales propios del equipo (scan-pii).</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Uno de los comandos anteriores.</translation>
    </message>
    <message>
        <source>name one command (see --help)</source>
        <translation>indique un comando (vea --help)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>%1 of %2 requests left</source>
        <translation>quedan %1 de %2 solicitudes</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>quedan %1 solicitudes</translation>
    </message>
    <message>
        <source>, renewed at %1</source>
        <translation>, se renueva a las %1</translation>
    </message>
    <message>
        <source>this command needs --config FILE</source>
        <translation>este comando necesita --config ARCHIVO</translation>
    </message>
    <message>
        <source>the channel plugin &quot;%1&quot; is not usable: %2</source>
        <translation>el complemento de canal &quot;%1&quot; no se puede usar: %2</translation>
    </message>
    <message>
        <source>there is no channel plugin &quot;%1&quot; (see caredesk-cli plugins)</source>
        <translation>no hay ningún complemento de canal &quot;%1&quot; (vea caredesk-cli plugins)</translation>
    </message>
    <message>
        <source>the channel plugin &quot;%1&quot; made no connector</source>
        <translation>el complemento de canal &quot;%1&quot; no creó ningún conector</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Reachable: %1</source>
        <translation>Accesible: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Authorisation: %1</source>
        <translation>Autorización: %1</translation>
    </message>
    <message>
        <source>expired or revoked; connect the account again</source>
        <translation>caducada o revocada; vuelva a conectar la cuenta</translation>
    </message>
    <message>
        <source>not known (not reachable)</source>
        <translation>desconocida (no accesible)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Cuota: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>the fetch position could not be saved to %1</source>
        <translation>no se pudo guardar la posición de lectura en %1</translation>
    </message>
    <message>
        <source>outbox needs deliver</source>
        <translation>outbox necesita deliver</translation>
    </message>
    <message>
        <source>outbox deliver needs --workspace DIR</source>
        <translation>outbox deliver necesita --workspace CARPETA</translation>
    </message>
    <message>
        <source>Fetch what came after this platform id (channel fetch).</source>
        <translation>Trae lo que llegó después de este ID de plataforma (channel fetch).</translation>
    </message>
    <message>
        <source>the channel&apos;s &quot;credential&quot; names no keychain entry to keep its tokens in</source>
        <translation>&quot;credential&quot; del canal no indica ninguna entrada del llavero para guardar sus tokens</translation>
    </message>
    <message>
        <source>channel connect keeps the tokens in the keychain: name an entry in &quot;credential&quot;</source>
        <translation>channel connect guarda los tokens en el llavero: indique una entrada en &quot;credential&quot;</translation>
    </message>
    <message>
        <source>Open this address in a browser and allow CareDesk to use the account:</source>
        <translation>Abra esta dirección en un navegador y permita que CareDesk use la cuenta:</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 ...</source>
        <translation>Esperando a que el navegador vuelva a %1 ...</translation>
    </message>
    <message>
        <source>Nobody signed in within 10 minutes.</source>
        <translation>Nadie inició sesión en 10 minutos.</translation>
    </message>
    <message>
        <source>Connected; the tokens are in the keychain entry %1.</source>
        <translation>Conectado; los tokens están en la entrada del llavero %1.</translation>
    </message>
    <message>
        <source>team needs a subcommand: sync</source>
        <translation>team necesita una suborden: sync</translation>
    </message>
    <message>
        <source>team sync needs --workspace DIR, --server URL and --login NAME</source>
        <translation>team sync necesita --workspace DIR, --server URL y --login NOMBRE</translation>
    </message>
    <message>
        <source>the workspace folder %1 could not be created</source>
        <translation>no se pudo crear la carpeta del espacio de trabajo %1</translation>
    </message>
    <message>
        <source>no saved session; give the password on the first line of standard input</source>
        <translation>no hay ninguna sesión guardada; indique la contraseña en la primera línea de la entrada estándar</translation>
    </message>
    <message>
        <source>the team server did not answer in time</source>
        <translation>el servidor del equipo no respondió a tiempo</translation>
    </message>
    <message>
        <source>The team server&apos;s address, e.g. https://care.example.org:8484 (team sync).</source>
        <translation>La dirección del servidor del equipo, p. ej. https://care.example.org:8484 (team sync).</translation>
    </message>
    <message>
        <source>Your login on the team server (team sync).</source>
        <translation>Su usuario en el servidor del equipo (team sync).</translation>
    </message>
    <message>
        <source>usage: caredesk-cli scenario validate FILE</source>
        <translation>uso: caredesk-cli scenario validate FILE</translation>
    </message>
    <message>
        <source>valid: %1 personas, %2 events</source>
        <translation>válido: %1 personas, %2 eventos</translation>
    </message>
    <message>
        <source>usage: caredesk-cli scenario from-workspace --workspace DIR [--conversations N] --out FILE</source>
        <translation>uso: caredesk-cli scenario from-workspace --workspace DIR [--conversations N] --out FILE</translation>
    </message>
    <message>
        <source>--conversations needs a positive number</source>
        <translation>--conversations requiere un número positivo</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>usage: caredesk-cli practice start --scenario FILE --trainee NAME [--trainee NAME...] --out DIR</source>
        <translation>uso: caredesk-cli practice start --scenario FILE --trainee NAME [--trainee NAME...] --out DIR</translation>
    </message>
    <message>
        <source>usage: caredesk-cli practice report --class DIR | --workspace DIR</source>
        <translation>uso: caredesk-cli practice report --class DIR | --workspace DIR</translation>
    </message>
    <message>
        <source>practice needs start or report</source>
        <translation>practice requiere start o report</translation>
    </message>
    <message>
        <source>scenario needs validate or from-workspace</source>
        <translation>scenario requiere validate o from-workspace</translation>
    </message>
    <message>
        <source>  scenario validate FILE
                   Check a practice scenario: every problem with its place, one per line.
  scenario from-workspace
                   Write --out FILE: a practice scenario made from the --conversations N
                   (default 10) most recent conversations of --workspace, with every customer
                   and every piece of personal data replaced (--patterns: the team&apos;s own).
  practice start   Start practice inboxes playing --scenario FILE: in --out DIR, one isolated
                   workspace per --trainee NAME (repeat it for a class), opened with
                   caredesk --workspace DIR/&lt;trainee&gt;; --canned-from DIR gives them a
                   workspace&apos;s canned responses. Practice workspaces take no real channel.
  practice report  After a run: --workspace DIR, one trainee&apos;s report (response times, open
                   messages, public or private, personal data, language, canned responses,
                   the scenario&apos;s expectations); --class DIR, one line per trainee to compare.</source>
        <translation>  scenario validate FILE
                   Comprueba un escenario de práctica: cada problema con su ubicación, uno por línea.
  scenario from-workspace
                   Escribe --out FILE: un escenario de práctica creado a partir de las --conversations N
                   (10 por defecto) conversaciones más recientes de --workspace, con cada cliente
                   y cada dato personal sustituidos (--patterns: los propios del equipo).
  practice start   Inicia bandejas de práctica que reproducen --scenario FILE: en --out DIR, un espacio
                   de trabajo aislado por cada --trainee NAME (repetir para una clase), que se abre con
                   caredesk --workspace DIR/&lt;trainee&gt;; --canned-from DIR les da las respuestas
                   predefinidas de un espacio de trabajo. Los espacios de práctica no usan ningún canal real.
  practice report  Tras una sesión: --workspace DIR, el informe de un participante (tiempos de respuesta,
                   mensajes abiertos, público o privado, datos personales, idioma, respuestas predefinidas,
                   las expectativas del escenario); --class DIR, una línea por participante para compararlos.</translation>
    </message>
    <message>
        <source>How many recent conversations (scenario from-workspace; default 10).</source>
        <translation>Cuántas conversaciones recientes (scenario from-workspace; 10 por defecto).</translation>
    </message>
    <message>
        <source>The file or folder to write (scenario from-workspace, practice start).</source>
        <translation>El archivo o la carpeta que se escribirá (scenario from-workspace, practice start).</translation>
    </message>
    <message>
        <source>The practice scenario to play (practice start).</source>
        <translation>El escenario de práctica que se reproducirá (practice start).</translation>
    </message>
    <message>
        <source>A trainee&apos;s name; repeat for each trainee of a class (practice start).</source>
        <translation>Nombre de un participante; repetir para cada participante de una clase (practice start).</translation>
    </message>
    <message>
        <source>A workspace whose canned responses the trainees get (practice start).</source>
        <translation>Un espacio de trabajo cuyas respuestas predefinidas reciben los participantes (practice start).</translation>
    </message>
    <message>
        <source>The class folder made by practice start (practice report).</source>
        <translation>La carpeta de la clase creada por practice start (practice report).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: the password and the session token cross the network unencrypted. Use the server&apos;s https:// address.</source>
        <translation>%1 es http:// sin cifrar a otra máquina: la contraseña y el token de sesión cruzan la red sin cifrar. Use la dirección https:// del servidor.</translation>
    </message>
    <message>
        <source>Country phone numbers written without a country code are read as first, e.g. ES; then this computer&apos;s and those of the text&apos;s language (scan-pii).</source>
        <translation>País como cuyos números se leen primero los números de teléfono sin prefijo internacional, p. ej. ES; después el de este equipo y los del idioma del texto (scan-pii).</translation>
    </message>
    <message>
        <source>channel add needs --workspace DIR</source>
        <translation>channel add necesita --workspace DIRECTORIO</translation>
    </message>
    <message>
        <source>channel needs add, fetch, check or connect</source>
        <translation>channel necesita add, fetch, check o connect</translation>
    </message>
    <message>
        <source>The dictionary to check with, e.g. en_US or es (spell; default: each text&apos;s language).</source>
        <translation>El diccionario con el que comprobar, p. ej. en_US o es (spell; por defecto: el idioma de cada texto).</translation>
    </message>
    <message>
        <source>translate needs --to LANGUAGE, e.g. --to en</source>
        <translation>translate necesita --to IDIOMA, p. ej. --to en</translation>
    </message>
    <message>
        <source>the text&apos;s language is not clear; give --from</source>
        <translation>el idioma del texto no está claro; indique --from</translation>
    </message>
    <message>
        <source>The language to translate into, e.g. en (translate).</source>
        <translation>El idioma al que traducir, p. ej. en (translate).</translation>
    </message>
    <message>
        <source>The texts&apos; language (translate; default: each text&apos;s own, when clear).</source>
        <translation>El idioma de los textos (translate; por defecto: el de cada texto, si está claro).</translation>
    </message>
    <message>
        <source>--provider %1 and the provider file&apos;s &quot;%2&quot; differ</source>
        <translation>--provider %1 y el &quot;%2&quot; del archivo del proveedor no coinciden</translation>
    </message>
    <message>
        <source>%1 needs --config FILE naming its address and key, e.g. {&quot;provider&quot;:&quot;%1&quot;,&quot;apiBaseUrl&quot;:&quot;https://...&quot;,&quot;credential&quot;:{&quot;keychain&quot;:&quot;caredesk/translation/%1&quot;}}</source>
        <translation>%1 necesita --config ARCHIVO con su dirección y clave, p. ej. {&quot;provider&quot;:&quot;%1&quot;,&quot;apiBaseUrl&quot;:&quot;https://...&quot;,&quot;credential&quot;:{&quot;keychain&quot;:&quot;caredesk/translation/%1&quot;}}</translation>
    </message>
    <message>
        <source>the provider &quot;%1&quot; is not known; use apertium, libretranslate or deepl</source>
        <translation>el proveedor &quot;%1&quot; no es conocido; use apertium, libretranslate o deepl</translation>
    </message>
    <message>
        <source>the environment variable %1 that should hold the translation service&apos;s key is empty</source>
        <translation>la variable de entorno %1 que debería contener la clave del servicio de traducción está vacía</translation>
    </message>
    <message>
        <source>Who translates: apertium, on this computer; libretranslate or deepl, with --config (translate; default apertium).</source>
        <translation>Quién traduce: apertium, en este ordenador; libretranslate o deepl, con --config (translate; por defecto apertium).</translation>
    </message>
    <message>
        <source>%1 is a CRM, not a channel: put its settings in crm.json beside the workspace</source>
        <translation>%1 es un CRM, no un canal: ponga sus ajustes en crm.json junto al espacio de trabajo</translation>
    </message>
    <message>
        <source>the CRM settings name no &quot;plugin&quot; to ask</source>
        <translation>los ajustes del CRM no nombran ningún «plugin» al que preguntar</translation>
    </message>
    <message>
        <source>crm needs import, lookup or connect</source>
        <translation>crm necesita import, lookup o connect</translation>
    </message>
    <message>
        <source>crm %1 needs --workspace DIR (or, for lookup, --config crm.json)</source>
        <translation>crm %1 necesita --workspace DIR (o, para lookup, --config crm.json)</translation>
    </message>
    <message>
        <source>CareDesk command-line tool. Text commands read JSON Lines on stdin and write one line per input line on stdout.

Commands:
  detect-language  {&quot;text&quot;,&quot;hint&quot;?} -&gt; {&quot;lang&quot;,&quot;reliable&quot;,&quot;source&quot;}
  scan-pii         {&quot;text&quot;,&quot;region&quot;?,&quot;locale&quot;?} -&gt; {&quot;findings&quot;:[{&quot;kind&quot;,&quot;start&quot;,&quot;end&quot;,&quot;match&quot;}]}
  measure          {&quot;text&quot;} -&gt; {&quot;weightedLength&quot;,&quot;valid&quot;,&quot;permillage&quot;,&quot;limit&quot;}
  spell            {&quot;text&quot;} -&gt; {&quot;dictionary&quot;,&quot;issues&quot;:[{&quot;word&quot;,&quot;start&quot;,&quot;length&quot;,&quot;suggestions&quot;}]}
                   (offsets in UTF-16 code units; with --workspace: its names)
  translate        {&quot;text&quot;} -&gt; {&quot;text&quot;,&quot;from&quot;,&quot;to&quot;,&quot;provider&quot;}: into --to, on this computer
                   (or with --config FILE: the LibreTranslate or DeepL service it names)
  triage           inbound item (only &quot;text&quot; required) -&gt; {&quot;category&quot;,&quot;actionable&quot;,&quot;priority&quot;,&quot;reasons&quot;,&quot;lang&quot;}
                   (with --workspace: that workspace&apos;s rules and classifier)
  learn            {&quot;text&quot;,&quot;category&quot;} -&gt; teaches the classifier of --workspace
  search WORDS     Messages of --workspace matching WORDS, best first.
  import FILE      Bring history into --workspace: --format jsonl (inbound items) or tweet-csv
                   (tweet_id,author_id,inbound,created_at,text,response_tweet_id,
                   in_response_to_tweet_id); - reads stdin.
  export           All conversations of --workspace: --format jsonl or html.
  crm import FILE  The team&apos;s customer file (CSV or JSON Lines) into --workspace,
                   replacing the one before; prints {&quot;imported&quot;,&quot;problems&quot;}.
  crm lookup       A customer of --workspace, or of the CRM --config crm.json names,
                   by --email, --phone or --handle:
                   {&quot;found&quot;:true,&quot;id&quot;,&quot;name&quot;,...} or {&quot;found&quot;:false}.
  crm connect      Sign the --config CRM (Salesforce) in through the browser.
  plugins          List channel and CRM plugins, their state and capabilities.
  channel add      Add the --config channel to --workspace; the desktop app polls it.
  channel fetch    Fetch what is new on the channel of --config once and print it as inbound
                   items; the position is kept in &lt;config&gt;.cursor (--since-id to choose it).
  channel check    Report the --config channel&apos;s authorisation, quota and reachability.
  channel connect  Sign the --config channel&apos;s account in through the browser (OAuth 2.0)
                   and keep its tokens in the keychain entry the configuration names.
  outbox deliver   Send what --workspace has queued for the --config channel, each message
                   exactly once; prints {&quot;sent&quot;,&quot;failed&quot;,&quot;waiting&quot;}.
  team sync        Sign in to --server as --login (the password on stdin when no session is
                   saved in the keychain) and bring what the team shares into --workspace;
                   prints {&quot;conversations&quot;,&quot;rev&quot;,&quot;state&quot;}.
  inbox            List a workspace&apos;s conversations in inbox order.</source>
        <translation>Herramienta de línea de comandos de CareDesk. Los comandos de texto leen JSON Lines de stdin y escriben una línea en stdout por cada línea de entrada.

Comandos:
  detect-language  {&quot;text&quot;,&quot;hint&quot;?} -&gt; {&quot;lang&quot;,&quot;reliable&quot;,&quot;source&quot;}
  scan-pii         {&quot;text&quot;,&quot;region&quot;?,&quot;locale&quot;?} -&gt; {&quot;findings&quot;:[{&quot;kind&quot;,&quot;start&quot;,&quot;end&quot;,&quot;match&quot;}]}
  measure          {&quot;text&quot;} -&gt; {&quot;weightedLength&quot;,&quot;valid&quot;,&quot;permillage&quot;,&quot;limit&quot;}
  spell            {&quot;text&quot;} -&gt; {&quot;dictionary&quot;,&quot;issues&quot;:[{&quot;word&quot;,&quot;start&quot;,&quot;length&quot;,&quot;suggestions&quot;}]}
                   (posiciones en unidades de código UTF-16; con --workspace: sus nombres)
  translate        {&quot;text&quot;} -&gt; {&quot;text&quot;,&quot;from&quot;,&quot;to&quot;,&quot;provider&quot;}: a --to, en este ordenador
                   (o con --config ARCHIVO: el servicio LibreTranslate o DeepL que indica)
  triage           elemento entrante (solo &quot;text&quot; obligatorio) -&gt; {&quot;category&quot;,&quot;actionable&quot;,&quot;priority&quot;,&quot;reasons&quot;,&quot;lang&quot;}
                   (con --workspace: reglas y clasificador de ese espacio de trabajo)
  learn            {&quot;text&quot;,&quot;category&quot;} -&gt; enseña al clasificador de --workspace
  search WORDS     Mensajes de --workspace que contienen PALABRAS, los mejores primero.
  import FILE      Traer historial a --workspace: --format jsonl (elementos entrantes) o tweet-csv
                   (tweet_id,author_id,inbound,created_at,text,response_tweet_id,
                   in_response_to_tweet_id); - lee stdin.
  export           Todas las conversaciones de --workspace: --format jsonl o html.
  crm import FILE  El archivo de clientes del equipo (CSV o JSON Lines) en --workspace,
                   sustituye al anterior; imprime {&quot;imported&quot;,&quot;problems&quot;}.
  crm lookup       Un cliente de --workspace, o del CRM que nombra --config crm.json,
                   por --email, --phone o --handle:
                   {&quot;found&quot;:true,&quot;id&quot;,&quot;name&quot;,...} o {&quot;found&quot;:false}.
  crm connect      Conecta el CRM de --config (Salesforce) a través del navegador.
  plugins          Lista los complementos de canal y de CRM, su estado y capacidades.
  channel add      Añade el canal de --config a --workspace; la aplicación de escritorio lo consulta.
  channel fetch    Trae una vez lo nuevo del canal de --config y lo escribe como elementos
                   entrantes; la posición se guarda en &lt;config&gt;.cursor (--since-id la elige).
  channel check    Informa de la autorización, la cuota y la accesibilidad del canal de --config.
  channel connect  Inicia sesión con la cuenta del canal de --config en el navegador (OAuth 2.0)
                   y guarda sus tokens en la entrada del llavero indicada.
  outbox deliver   Envía lo que --workspace tiene en cola para el canal de --config, cada mensaje
                   exactamente una vez; escribe {&quot;sent&quot;,&quot;failed&quot;,&quot;waiting&quot;}.
  team sync        Inicia sesión en --server como --login (la contraseña por la entrada estándar si
                   no hay sesión guardada en el llavero) y trae a --workspace lo que comparte el
                   equipo; escribe {&quot;conversations&quot;,&quot;rev&quot;,&quot;state&quot;}.
  inbox            Lista las conversaciones de un espacio de trabajo en el orden de la bandeja.</translation>
    </message>
    <message>
        <source>The channel configuration file (channel); the translation provider file (translate); the CRM settings, crm.json (crm lookup, crm connect).</source>
        <translation>El archivo de configuración del canal (channel); el archivo del proveedor de traducción (translate); los ajustes del CRM, crm.json (crm lookup, crm connect).</translation>
    </message>
</context>
</TS>
