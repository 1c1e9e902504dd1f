<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>No reply since {submitted}: the reply was due on {due}</source>
        <translation>Sin respuesta desde el {submitted}: tenían que responder como tarde el {due}</translation>
    </message>
    <message>
        <source>Reply due by {due}</source>
        <translation>Deben responder como tarde el {due}</translation>
    </message>
    <message>
        <source>Refused or unanswered: you can complain to a data protection authority</source>
        <translation>Rechazada o sin respuesta: puedes presentar una reclamación ante una autoridad de protección de datos</translation>
    </message>
    <message>
        <source>Check this setting again (due {due})</source>
        <translation>Vuelve a comprobar este ajuste (fecha: {due})</translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation>Empezada, sin terminar</translation>
    </message>
    <message>
        <source>Deadline {date}: {description}</source>
        <translation>Fecha límite {date}: {description}</translation>
    </message>
    <message>
        <source>{days} days left until {date}: {description}</source>
        <translation>Quedan {days} días hasta el {date}: {description}</translation>
    </message>
    <message>
        <source>Tomorrow ({date}): {description}</source>
        <translation>Mañana ({date}): {description}</translation>
    </message>
    <message>
        <source>Today ({date}): {description}</source>
        <translation>Hoy ({date}): {description}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description} {after}</source>
        <translation>La fecha {date} ya ha pasado: {description} {after}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description}</source>
        <translation>La fecha {date} ya ha pasado: {description}</translation>
    </message>
    <message>
        <source>Last checked on {day}; the file does not say how.</source>
        <translation>Comprobado por última vez el {day}; el archivo no dice cómo.</translation>
    </message>
    <message>
        <source>Followed in the live app or website on {day}.</source>
        <translation>Comprobado siguiéndolo en la app o la web reales el {day}.</translation>
    </message>
    <message>
        <source>Checked against the regulators&apos; own pages on {day}; not tried out.</source>
        <translation>Comprobado con las páginas de las propias autoridades de control el {day}; sin probarlo en la práctica.</translation>
    </message>
    <message>
        <source>Checked against the company&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Comprobado con las páginas de ayuda de la propia empresa el {day}; sin comprobarlo en la app.</translation>
    </message>
    <message>
        <source>Checked against {company}&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Comprobado con las páginas de ayuda de {company} el {day}; sin comprobarlo en la app.</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides, none of them dated; not checked in the app (checked {day}).</source>
        <translation>Recopilado de noticias y guías, ninguna con fecha; sin comprobarlo en la app (revisado el {day}).</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides published up to {month}; not checked in the app (checked {day}).</source>
        <translation>Recopilado de noticias y guías publicadas hasta {month}; sin comprobarlo en la app (revisado el {day}).</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Meta AI</source>
        <translation>Meta AI</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>ChatGPT</source>
        <translation>ChatGPT</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Microsoft Copilot</source>
        <translation>Microsoft Copilot</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Tumblr</source>
        <translation>Tumblr</translation>
    </message>
    <message>
        <source>WordPress.com</source>
        <translation>WordPress.com</translation>
    </message>
    <message>
        <source>Quora</source>
        <translation>Quora</translation>
    </message>
    <message>
        <source>Substack</source>
        <translation>Substack</translation>
    </message>
    <message>
        <source>Squarespace</source>
        <translation>Squarespace</translation>
    </message>
    <message>
        <source>Adobe</source>
        <translation>Adobe</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>DeviantArt</source>
        <translation>DeviantArt</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Grammarly</source>
        <translation>Grammarly</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>Amazon Alexa</source>
        <translation>Amazon Alexa</translation>
    </message>
    <message>
        <source>Udemy</source>
        <translation>Udemy</translation>
    </message>
    <message>
        <source>Figma</source>
        <translation>Figma</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Apple (Siri, Apple Intelligence)</source>
        <translation>Apple (Siri, Apple Intelligence)</translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation>Atlassian</translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation>Confluence</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Canva</source>
        <translation>Canva</translation>
    </message>
    <message>
        <source>CapCut</source>
        <translation>CapCut</translation>
    </message>
    <message>
        <source>Character.AI</source>
        <translation>Character.AI</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <source>Grok</source>
        <translation>Grok</translation>
    </message>
    <message>
        <source>JetBrains</source>
        <translation>JetBrains</translation>
    </message>
    <message>
        <source>Le Chat (Mistral AI)</source>
        <translation>Le Chat (Mistral AI)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Notion</source>
        <translation>Notion</translation>
    </message>
    <message>
        <source>Otter.ai</source>
        <translation>Otter.ai</translation>
    </message>
    <message>
        <source>Replit</source>
        <translation>Replit</translation>
    </message>
    <message>
        <source>Samsung Galaxy AI</source>
        <translation>Samsung Galaxy AI</translation>
    </message>
    <message>
        <source>SoundCloud</source>
        <translation>SoundCloud</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>WeTransfer</source>
        <translation>WeTransfer</translation>
    </message>
    <message>
        <source>Windsurf</source>
        <translation>Windsurf</translation>
    </message>
    <message>
        <source>Wix</source>
        <translation>Wix</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>esperando respuesta</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation>Se ha añadido «{label}».</translation>
    </message>
    <message>
        <source>Same Accounts Center?</source>
        <translation>¿El mismo Centro de cuentas?</translation>
    </message>
    <message>
        <source>Is “{new}” in the same Accounts Center as “{other}”?

Meta links accounts in an Accounts Center, and one objection covers every account in it. To check, in the Facebook app: your profile picture, then Settings &amp; privacy, Settings, Accounts Center. In Instagram: your profile, then ☰, Accounts Center. The accounts listed there are linked.</source>
        <translation>¿«{new}» está en el mismo Centro de cuentas que «{other}»?

Meta vincula cuentas en un Centro de cuentas, y una sola solicitud de oposición cubre todas las cuentas que hay en él. Para comprobarlo, en la app de Facebook: toca tu foto del perfil y luego Configuración y privacidad (en inglés, Settings &amp; privacy), Configuración, Centro de cuentas. En Instagram: tu perfil, luego ☰, Centro de cuentas. Las cuentas que aparecen ahí están vinculadas.</translation>
    </message>
    <message>
        <source>&amp;Yes, the same</source>
        <translation>&amp;Sí, el mismo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;check later</source>
        <translation>Lo &amp;compruebo más tarde</translation>
    </message>
    <message>
        <source>Accounts Center of {label}</source>
        <translation>Centro de cuentas de {label}</translation>
    </message>
    <message>
        <source>Archived “{label}”. Show archived accounts to see it again.</source>
        <translation>Se ha archivado «{label}». Activa «Mostrar cuentas archivadas» para volver a verla.</translation>
    </message>
    <message>
        <source>“{label}” is active again.</source>
        <translation>«{label}» vuelve a estar activa.</translation>
    </message>
    <message>
        <source>Delete account?</source>
        <translation>¿Eliminar la cuenta?</translation>
    </message>
    <message>
        <source>Delete “{label}” and everything recorded for it?

This removes {ticks}, {notes}, {evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, choose Archive instead.</source>
        <translation>¿Eliminar «{label}» y todo lo que has guardado de ella?

Se borrarán {ticks}, {notes}, {evidence} y {history}. No se puede deshacer. Si quieres conservarlo todo pero quitarla de en medio, elige Archivar.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n paso marcado</numerusform>
            <numerusform>%n pasos marcados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n change(s) recorded in its history</source>
        <translation>
            <numerusform>el cambio guardado en su historial</numerusform>
            <numerusform>los %n cambios guardados en su historial</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Añadir cuenta…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar file…</source>
        <translation>Exportar las fechas a un archivo de &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;Import a Markdown checklist as a procedure…</source>
        <translation>Importar una lista de pasos en &amp;Markdown como guía…</translation>
    </message>
    <message>
        <source>&amp;Back up everything to a file…</source>
        <translation>&amp;Guardar una copia de seguridad de todo en un archivo…</translation>
    </message>
    <message>
        <source>Import a backup &amp;file…</source>
        <translation>Importar una copia de seguridad desde un a&amp;rchivo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Copy text to fill in</source>
        <translation>&amp;Copiar el texto para rellenar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Lista de pasos</translation>
    </message>
    <message>
        <source>&amp;Overview and next actions</source>
        <translation>&amp;Resumen y próximas acciones</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Rename or edit…</source>
        <translation>Cambiar &amp;nombre o editar…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived accounts</source>
        <translation>&amp;Mostrar cuentas archivadas</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>&amp;Tick or untick step</source>
        <translation>&amp;Marcar o desmarcar el paso</translation>
    </message>
    <message>
        <source>&amp;Add a guide to this account…</source>
        <translation>&amp;Añadir una guía a esta cuenta…</translation>
    </message>
    <message>
        <source>&amp;Hide this guide for this account</source>
        <translation>&amp;Ocultar esta guía en esta cuenta</translation>
    </message>
    <message>
        <source>Show a &amp;hidden guide again…</source>
        <translation>Mostrar de nuevo una guía oc&amp;ulta…</translation>
    </message>
    <message>
        <source>Attach &amp;file to this step or guide…</source>
        <translation>Ad&amp;juntar un archivo a este paso o guía…</translation>
    </message>
    <message>
        <source>Hide &amp;completed guides</source>
        <translation>Ocultar las guías &amp;terminadas</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Expandir todo</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>&amp;Contraer todo</translation>
    </message>
    <message>
        <source>&amp;Report a problem with this guide…</source>
        <translation>&amp;Informar de un problema con esta guía…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Guide file &amp;problems…</source>
        <translation>&amp;Problemas en los archivos de guías…</translation>
    </message>
    <message>
        <source>&amp;About Objector</source>
        <translation>&amp;Acerca de Objector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Your Objector data cannot be read</source>
        <translation>No se pueden leer tus datos de Objector</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

Objector has not changed it and will keep it beside the new one.</source>
        <translation>{problem}.

Archivo: {path}

Objector no lo ha modificado y lo conservará junto al nuevo.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Empezar con una base de datos nueva y vacía</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Objector cannot continue</source>
        <translation>Objector no puede continuar</translation>
    </message>
    <message>
        <source>Objector cannot open your data</source>
        <translation>Objector no puede abrir tus datos</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

{advice}</source>
        <translation>{problem}.

Archivo: {path}

{advice}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {made}. It holds {accounts} and {history}; the last change in it was on {last} UTC.</source>
        <translation>La copia de seguridad buena más reciente es del {made}. Contiene {accounts} y {history}; el último cambio que incluye es del {last} (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in their history</source>
        <translation>
            <numerusform>%n cambio guardado en su historial</numerusform>
            <numerusform>%n cambios guardados en su historial</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder}; its window was brought to the front.</source>
        <translation>Objector ya está abierto con la carpeta de datos {folder}; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder} (process {pid}), but its window did not come forward.

Switch to that window. If it no longer responds, close it (or end process {pid}) and start Objector again. Nothing was changed.</source>
        <translation>Objector ya está abierto con la carpeta de datos {folder} (proceso {pid}), pero su ventana no ha pasado al frente.

Cambia a esa ventana. Si ya no responde, ciérrala (o finaliza el proceso {pid}) y vuelve a abrir Objector. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Objector is already open</source>
        <translation>Objector ya está abierto</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>The disk that holds your data is full, so Objector opened it read-only: you can read everything and back it up to another disk (File &gt; Back up everything), but changes cannot be saved.

Free some space on the disk, then start Objector again.

Folder: {folder}</source>
        <translation>El disco donde están tus datos está lleno, así que Objector los ha abierto en modo de solo lectura: puedes leerlo todo y guardar una copia de seguridad en otro disco (Archivo &gt; Guardar una copia de seguridad de todo), pero no se pueden guardar cambios.

Libera espacio en el disco y vuelve a abrir Objector.

Carpeta: {folder}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>No se ha podido hacer la copia de seguridad automática: {error}</translation>
    </message>
    <message>
        <source>That link was not opened: only web (https, http) and e-mail links are allowed.</source>
        <translation>No se ha abierto ese enlace: solo se permiten enlaces web (https, http) y de correo electrónico.</translation>
    </message>
    <message>
        <source>The link did not open</source>
        <translation>El enlace no se ha abierto</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the address and paste it into your e-mail:</source>
        <translation>No ha respondido ningún programa de correo. Copia la dirección y pégala en tu correo:</translation>
    </message>
    <message>
        <source>No web browser answered. Copy the address and paste it into your browser:</source>
        <translation>No ha respondido ningún navegador. Copia la dirección y pégala en tu navegador:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Dirección del enlace</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copiar dirección</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail program.</source>
        <translation>Copiada. Pégala en tu programa de correo.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Copiada. Pégala en la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[imagen no mostrada]</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Cuenta seleccionada</translation>
    </message>
    <message>
        <source>Progress for this account</source>
        <translation>Progreso de esta cuenta</translation>
    </message>
    <message>
        <source>Search guides, steps and notes</source>
        <translation>Buscar en guías, pasos y notas</translation>
    </message>
    <message>
        <source>Search guides, steps and notes (Ctrl+F)</source>
        <translation>Buscar en guías, pasos y notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de pasos</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} de %n paso</numerusform>
            <numerusform>{done} de %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>No guide, step or note that is not finished contains “{text}”. Press Esc to clear the search, or show the completed ones.</source>
        <translation>Ninguna guía, paso o nota sin terminar contiene «{text}». Pulsa Esc para borrar la búsqueda o muestra también las terminadas.</translation>
    </message>
    <message>
        <source>No guide, step or note contains “{text}”. Press Esc to clear the search.</source>
        <translation>Ninguna guía, paso o nota contiene «{text}». Pulsa Esc para borrar la búsqueda.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;b&gt;Sin resultados&lt;/b&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>Tick “{step}”</source>
        <translation>Marcar «{step}»</translation>
    </message>
    <message>
        <source>Untick “{step}”</source>
        <translation>Desmarcar «{step}»</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar la nota</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>Cambiar el nombre de «{name}»</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>Quitar «{name}»</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>Adjuntar «{name}»</translation>
    </message>
    <message>
        <source>They need more time</source>
        <translation>Necesitan más tiempo</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>Cambiar la referencia</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Cambiar la fecha</translation>
    </message>
    <message>
        <source>Choose a guide or a step to see it here.</source>
        <translation>Elige una guía o un paso para verlo aquí.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Detalles de la guía</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Status of this request</source>
        <translation>Estado de esta solicitud</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>e&amp;l</translation>
    </message>
    <message>
        <source>Date of this status</source>
        <translation>Fecha de este estado</translation>
    </message>
    <message>
        <source>Reference number or confirmation text (optional)</source>
        <translation>Número de referencia o texto de confirmación (opcional)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>They said they need longer to reply (e&amp;xtension)</source>
        <translation>Han dicho que necesitan más tiempo para responder (&amp;prórroga)</translation>
    </message>
    <message>
        <source>The other side extended the reply period</source>
        <translation>La otra parte ha ampliado el plazo de respuesta</translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <source>I checked it &amp;again today</source>
        <translation>Lo he vuelto a comprobar &amp;hoy</translation>
    </message>
    <message>
        <source>I checked it again today</source>
        <translation>Lo he vuelto a comprobar hoy</translation>
    </message>
    <message>
        <source>Add the complaint guide to this account</source>
        <translation>Añadir la guía de reclamación a esta cuenta</translation>
    </message>
    <message>
        <source>Text to copy, with your details filled in:</source>
        <translation>Texto para copiar, con tus datos ya puestos:</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>Texto para copiar</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Copied. Paste it into the form.</source>
        <translation>Copiado. Pégalo en el formulario.</translation>
    </message>
    <message>
        <source>Nothing to attach: copy a picture or a file first.</source>
        <translation>No hay nada que adjuntar: primero copia una imagen o un archivo.</translation>
    </message>
    <message>
        <source>Add an account to begin.</source>
        <translation>Añade una cuenta para empezar.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}, sent {date}.</source>
        <translation>Cubierta por «{account}»: {procedure}, enviada el {date}.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}.</source>
        <translation>Cubierta por «{account}»: {procedure}.</translation>
    </message>
    <message>
        <source>One request covers all your linked accounts (for Meta, the accounts in the same Accounts Center). If that request is refused, this one is no longer covered.</source>
        <translation>Una sola solicitud cubre todas tus cuentas vinculadas (en Meta, las cuentas del mismo Centro de cuentas). Si esa solicitud se rechaza, esta deja de estar cubierta.</translation>
    </message>
    <message>
        <source>The reply was due on {due}: {days} overdue.</source>
        <translation>La respuesta tenía que llegar el {due}: lleva {days} de retraso.</translation>
    </message>
    <message>
        <source>A reply is due by {due} ({days} left).</source>
        <translation>La respuesta tiene que llegar como tarde el {due} (en {days}).</translation>
    </message>
    <message>
        <source>If they extend it, by {date} at the latest.</source>
        <translation>Si amplían el plazo, como tarde el {date}.</translation>
    </message>
    <message>
        <source>Done on {done}; platforms can switch such settings back: check it again now.</source>
        <translation>Hecho el {done}; las plataformas pueden volver a cambiar estos ajustes: compruébalo de nuevo ahora.</translation>
    </message>
    <message>
        <source>Check this again on {date}.</source>
        <translation>Vuelve a comprobarlo el {date}.</translation>
    </message>
    <message>
        <source>Open the complaint guide</source>
        <translation>Abrir la guía de reclamación</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <source>Iceland, Liechtenstein or Norway (EEA)</source>
        <translation>Islandia, Liechtenstein o Noruega (EEE)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>En otro lugar</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar la cuenta</translation>
    </message>
    <message>
        <source>for example: my art Instagram</source>
        <translation>por ejemplo: mi Instagram de arte</translation>
    </message>
    <message>
        <source>optional, e.g. @myname</source>
        <translation>opcional, p. ej. @minombre</translation>
    </message>
    <message>
        <source>optional: the account&apos;s email address</source>
        <translation>opcional: el correo electrónico de la cuenta</translation>
    </message>
    <message>
        <source>optional: your name, for the objection text</source>
        <translation>opcional: tu nombre, para el texto de oposición</translation>
    </message>
    <message>
        <source>optional: the country you live in</source>
        <translation>opcional: el país donde vives</translation>
    </message>
    <message>
        <source>optional: one name for your accounts that are linked</source>
        <translation>opcional: un nombre común para tus cuentas vinculadas</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>El idioma de la ventana ({language})</translation>
    </message>
    <message>
        <source>The language of the texts you copy and send (objections, complaints). A guide not translated into it gives them in English.</source>
        <translation>El idioma de los textos que copias y envías (oposiciones, reclamaciones). Una guía que no está traducida a ese idioma los da en inglés.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plataforma:</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>&amp;Dónde vives:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation>Cuentas &amp;vinculadas:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>&amp;Idioma de las cartas:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>&amp;Accounts Center:</source>
        <translation>&amp;Centro de cuentas:</translation>
    </message>
    <message>
        <source>Accounts Center</source>
        <translation>Centro de cuentas</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Cuenta añadida</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Datos de la cuenta cambiados</translation>
    </message>
    <message>
        <source>Account archived</source>
        <translation>Cuenta archivada</translation>
    </message>
    <message>
        <source>Account restored</source>
        <translation>Cuenta restaurada</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Paso hecho</translation>
    </message>
    <message>
        <source>Step marked not done</source>
        <translation>Paso marcado como no hecho</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>Status date changed</source>
        <translation>Fecha del estado cambiada</translation>
    </message>
    <message>
        <source>Reference changed</source>
        <translation>Número de referencia cambiado</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota guardada</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Archivo adjuntado</translation>
    </message>
    <message>
        <source>Attached file renamed</source>
        <translation>Archivo adjunto renombrado</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Archivo adjunto quitado</translation>
    </message>
    <message>
        <source>Attached file restored</source>
        <translation>Archivo adjunto restaurado</translation>
    </message>
    <message>
        <source>Procedure completed</source>
        <translation>Guía terminada</translation>
    </message>
    <message>
        <source>Procedure reopened</source>
        <translation>Guía reabierta</translation>
    </message>
    <message>
        <source>Procedure shown or hidden</source>
        <translation>Guía mostrada u ocultada</translation>
    </message>
    <message>
        <source>Reply period extended by the other side</source>
        <translation>Plazo de respuesta ampliado por la otra parte</translation>
    </message>
    <message>
        <source>Reply period extension removed</source>
        <translation>Ampliación del plazo de respuesta quitada</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}, sent {day}</source>
        <translation>Cubierta por «{account}»: {guide}, enviada el {day}</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}</source>
        <translation>Cubierta por «{account}»: {guide}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Step “{step}”</source>
        <translation>Paso «{step}»</translation>
    </message>
    <message>
        <source>{step} (no longer in the guide)</source>
        <translation>{step} (ya no está en la guía)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>step “{step}”</source>
        <translation>paso «{step}»</translation>
    </message>
    <message>
        <source>Status date or reference saved</source>
        <translation>Fecha del estado o número de referencia guardado</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>estado: {status}</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <translation>de {before} a {after}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>número de referencia {reference}</translation>
    </message>
    <message>
        <source>{status} since {when}</source>
        <translation>{status} desde el {when}</translation>
    </message>
    <message>
        <source>(was {before})</source>
        <translation>(antes: {before})</translation>
    </message>
    <message>
        <source>to {reference}</source>
        <translation>a {reference}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n carácter)</numerusform>
            <numerusform>(%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(vaciada)</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Lo más importante</translation>
    </message>
    <message>
        <source>For the account&apos;s region ({region})</source>
        <translation>Para la región de la cuenta ({region})</translation>
    </message>
    <message>
        <source>Date that matters</source>
        <translation>Fecha importante</translation>
    </message>
    <message>
        <source>(since {when})</source>
        <translation>(desde el {when})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Número de referencia</translation>
    </message>
    <message>
        <source>Reply period extended</source>
        <translation>Plazo de respuesta ampliado</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Version of the guide followed</source>
        <translation>Versión de la guía seguida</translation>
    </message>
    <message>
        <source>(the guide has changed since)</source>
        <translation>(la guía ha cambiado desde entonces)</translation>
    </message>
    <message>
        <source>How the guide was checked</source>
        <translation>Cómo se comprobó la guía</translation>
    </message>
    <message>
        <source>dated {day}</source>
        <translation>con fecha {day}</translation>
    </message>
    <message>
        <source>read {day}</source>
        <translation>leída el {day}</translation>
    </message>
    <message>
        <source>Generated {when} by Objector {version}. All times are in the time zone {zone}.</source>
        <translation>Creado el {when} con Objector {version}. Todas las horas están en la zona horaria {zone}.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Cuentas vinculadas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Added to Objector</source>
        <translation>Añadida a Objector</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <source>{guide} (no longer in the library)</source>
        <translation>{guide} (ya no está en la biblioteca)</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {sha256}, attached {when}</source>
        <translation>{name}, {size}, SHA-256 {sha256}, adjuntado el {when}</translation>
    </message>
    <message>
        <source>Objector evidence report</source>
        <translation>Informe de pruebas de Objector</translation>
    </message>
    <message>
        <source>Guide id</source>
        <translation>Identificador de la guía</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta pendiente</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>Volver a comprobar el</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Cuenta: {account}</translation>
    </message>
    <message>
        <source>Account notes:</source>
        <translation>Notas de la cuenta:</translation>
    </message>
    <message>
        <source>Steps done:</source>
        <translation>Pasos hechos:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Archivos adjuntos:</translation>
    </message>
    <message>
        <source>Sources of the guide:</source>
        <translation>Fuentes de la guía:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>en</source>
        <translation>es</translation>
    </message>
    <message>
        <source>Reply due: {guide} ({account})</source>
        <translation>Respuesta pendiente: {guide} ({account})</translation>
    </message>
    <message>
        <source>Submitted on {day}. If there is no reply by this date, you can send a reminder or complain to a data protection authority.</source>
        <translation>Enviada el {day}. Si no hay respuesta en esta fecha, puedes enviar un recordatorio o reclamar ante una autoridad de protección de datos.</translation>
    </message>
    <message>
        <source>Check again: {guide} ({account})</source>
        <translation>Volver a comprobar: {guide} ({account})</translation>
    </message>
    <message>
        <source>Platforms can switch settings back on; check it is still as you left it.</source>
        <translation>Las plataformas pueden volver a activar los ajustes. Comprueba que sigue como lo dejaste.</translation>
    </message>
    <message>
        <source>Deadline: {guide} ({account})</source>
        <translation>Fecha límite: {guide} ({account})</translation>
    </message>
    <message>
        <source>optional: a name for the Accounts Center these accounts share</source>
        <translation>opcional: un nombre para el Centro de cuentas que comparten estas cuentas</translation>
    </message>
    <message>
        <source>optional: one name for your linked accounts, so one request can cover them</source>
        <translation>opcional: un nombre común para tus cuentas vinculadas, para que una sola solicitud las cubra</translation>
    </message>
    <message>
        <source>Give the account a label, so you can tell it from your others.</source>
        <translation>Pon una etiqueta a la cuenta para distinguirla de las demás.</translation>
    </message>
    <message>
        <source>Guide files with problems</source>
        <translation>Archivos de guías con problemas</translation>
    </message>
    <message>
        <source>These files were skipped; every other guide loaded. Fix each problem in the file and save it, or check it with &apos;objector validate FILE&apos;.</source>
        <translation>Estos archivos se han omitido; todas las demás guías se han cargado. Corrige cada problema en el archivo y guárdalo, o compruébalo con «objector validate ARCHIVO».</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Choose a guide or a step first, then attach the file to it.</source>
        <translation>Primero elige una guía o un paso y luego adjúntale el archivo.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Attach a large file?</source>
        <translation>¿Adjuntar un archivo grande?</translation>
    </message>
    <message>
        <source>This file is {size}. Attach a copy anyway?

{name}</source>
        <translation>Este archivo ocupa {size}. ¿Adjuntar una copia de todos modos?

{name}</translation>
    </message>
    <message>
        <source>The picture could not be made into a PNG file: nothing was attached.</source>
        <translation>No se ha podido convertir la imagen en un archivo PNG: no se ha adjuntado nada.</translation>
    </message>
    <message>
        <source>Pasted picture {time}.png</source>
        <translation>Imagen pegada {time}.png</translation>
    </message>
    <message>
        <source>“{name}” is attached here already.</source>
        <translation>«{name}» ya está adjunto aquí.</translation>
    </message>
    <message>
        <source>Attached “{name}”.</source>
        <translation>Se ha adjuntado «{name}».</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing (was it deleted?): {path}</source>
        <translation>Falta la copia guardada de «{name}» (¿se ha borrado?): {path}</translation>
    </message>
    <message>
        <source>No program opened “{name}”. Its copy is in {path}</source>
        <translation>Ningún programa ha abierto «{name}». Su copia está en {path}</translation>
    </message>
    <message>
        <source>Rename attached file</source>
        <translation>Cambiar el nombre del archivo adjunto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>Se ha quitado «{name}». Con Deshacer lo recuperas.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} · attached {date}</source>
        <translation>{size} · adjuntado el {date}</translation>
    </message>
    <message>
        <source>E-mail from {sender}, {date}: {subject}</source>
        <translation>Correo de {sender}, {date}: {subject}</translation>
    </message>
    <message>
        <source>Date: {date}
From: {sender}
Subject: {subject}</source>
        <translation>Fecha: {date}
De: {sender}
Asunto: {subject}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>No files attached. Drop files here, paste a screenshot (Ctrl+V) or use “Attach file…”.</source>
        <translation>No hay archivos adjuntos. Arrastra archivos aquí, pega una captura de pantalla (Ctrl+V) o usa «Adjuntar archivo…».</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>No hay archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Abrir el archivo adjunto</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename the attached file</source>
        <translation>Cambiar el nombre del archivo adjunto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Quitar el archivo adjunto</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.{advice}</source>
        <translation>No se ha podido escribir {path}: {reason}.{advice}</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>No se ha creado el informe</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Todas las cuentas</translation>
    </message>
    <message>
        <source>Only “{label}”</source>
        <translation>Solo «{label}»</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation>¿Qué cuentas?</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Página web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Informe no creado</translation>
    </message>
    <message>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Elige otra carpeta o libera espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Informe guardado en {path}.</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>No se ha creado el archivo de calendario</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Aún no hay fechas</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no setting needs checking again.

When you tick the step that sends a request (or set its status to submitted), its reply date comes here.</source>
        <translation>Todavía no hay nada que poner en un calendario: no esperas ninguna respuesta, no se acerca ninguna fecha límite y no hay ningún ajuste que volver a comprobar.

Cuando marques el paso que envía una solicitud (o cambies su estado a «enviada»), aquí aparecerá la fecha de la respuesta.</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Exportar las fechas</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>Archivo de calendario no creado</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) written to {path}. Open it with your calendar.</source>
        <translation>
            <numerusform>Se ha guardado %n fecha en {path}. Ábrelo con tu calendario.</numerusform>
            <numerusform>Se han guardado %n fechas en {path}. Ábrelo con tu calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>No se ha creado la copia de seguridad</translation>
    </message>
    <message>
        <source>Back up everything</source>
        <translation>Guardar una copia de seguridad de todo</translation>
    </message>
    <message>
        <source>Objector backup with attached files (*.zip);;Records only (*.json)</source>
        <translation>Copia de seguridad de Objector con archivos adjuntos (*.zip);;Solo los registros (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Copia de seguridad guardada en {path}.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se ha importado nada</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Importar una copia de seguridad</translation>
    </message>
    <message>
        <source>Objector backup (*.zip *.json)</source>
        <translation>Copia de seguridad de Objector (*.zip *.json)</translation>
    </message>
    <message>
        <source>Backup imported</source>
        <translation>Copia de seguridad importada</translation>
    </message>
    <message>
        <source>Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history entries.</source>
        <translation>Se han añadido {accounts} cuenta(s), {ticks} paso(s) marcado(s), {notes} nota(s) y {history} entradas del historial.</translation>
    </message>
    <message>
        <source>Import a Markdown checklist</source>
        <translation>Importar una lista de pasos en Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>{path} could not be read as UTF-8 text: {reason}</source>
        <translation>No se ha podido leer {path} como texto UTF-8: {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>Where is this checklist from?</source>
        <translation>¿De dónde es esta lista de pasos?</translation>
    </message>
    <message>
        <source>The checklist names no web page. Give the address it comes from (https://…):</source>
        <translation>La lista de pasos no indica ninguna página web. Escribe la dirección de donde viene (https://…):</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>No se ha podido escribir {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source> %n link(s) that were not web or e-mail links were left out.</source>
        <translation>
            <numerusform> Se ha omitido %n enlace que no era web ni de correo electrónico.</numerusform>
            <numerusform> Se han omitido %n enlaces que no eran web ni de correo electrónico.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation>Lista de pasos importada</translation>
    </message>
    <message>
        <source>{steps} step(s) imported into {path}.{dropped}

Open the file to check its platforms, regions and sources; Objector reloads it whenever you save it.</source>
        <translation>{steps} paso(s) importado(s) en {path}.{dropped}

Abre el archivo para revisar sus plataformas, regiones y fuentes; Objector lo vuelve a cargar cada vez que lo guardas.</translation>
    </message>
    <message>
        <source>Choose a guide or a step first.</source>
        <translation>Primero elige una guía o un paso.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <source>A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the people who keep the procedures, and add what you saw. Objector sends nothing itself.</source>
        <translation>Hay un informe sobre esta guía en el portapapeles. Pégalo en un correo o en una incidencia para las personas que mantienen las guías y añade lo que has visto. Objector no envía nada por su cuenta.</translation>
    </message>
    <message>
        <source>Open in my e-mail program</source>
        <translation>Abrir en mi programa de correo</translation>
    </message>
    <message>
        <source>No e-mail program answered. The report is on the clipboard: paste it into an e-mail or an issue for the people who keep the procedures.</source>
        <translation>No ha respondido ningún programa de correo. El informe está en el portapapeles: pégalo en un correo o en una incidencia para las personas que mantienen las guías.</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Acciones pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due: see the Overview (Ctrl+2)</source>
        <translation>
            <numerusform>%n acción pendiente: mira el Resumen (Ctrl+2)</numerusform>
            <numerusform>%n acciones pendientes: mira el Resumen (Ctrl+2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every file loaded.</source>
        <translation>Sin problemas: se han cargado todos los archivos.</translation>
    </message>
    <message>
        <source>About Objector</source>
        <translation>Acerca de Objector</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps track of objecting to AI training on your data, account by account. Everything stays on this computer; Objector never connects to the internet itself.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Te ayuda a llevar el control de tu oposición a que usen tus datos para entrenar la IA, cuenta por cuenta. Todo se queda en este ordenador; Objector nunca se conecta a internet por su cuenta.&lt;/p&gt;&lt;p&gt;Tu carpeta de datos: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Desarchivar</translation>
    </message>
    <message>
        <source>Added the complaint guide to this account.</source>
        <translation>Se ha añadido la guía de reclamación a esta cuenta.</translation>
    </message>
    <message>
        <source>Guides reloaded: {count} loaded.</source>
        <translation>Guías recargadas: {count} cargadas.</translation>
    </message>
    <message>
        <source>Objector is already open: this is its window.</source>
        <translation>Objector ya está abierto: esta es su ventana.</translation>
    </message>
    <message>
        <source>Updated: your data was changed outside this window.</source>
        <translation>Actualizado: tus datos se han cambiado fuera de esta ventana.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platform}, {region}: {done} of %n step(s) done{archived}</source>
        <translation>
            <numerusform>{platform}, {region}: {done} de %n paso hecho{archived}</numerusform>
            <numerusform>{platform}, {region}: {done} de %n pasos hechos{archived}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide and steps</source>
        <translation>Guía y pasos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcional)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>or: {title}</source>
        <translation>o: {title}</translation>
    </message>
    <message>
        <source>{title} (in English)</source>
        <translation>{title} (en inglés)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>{progress} · covered</source>
        <translation>{progress} · cubierta</translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation>{progress} · {status}</translation>
    </message>
    <message>
        <source>

Last checked {date}: may be out of date.</source>
        <translation>

Comprobado por última vez el {date}: puede estar desactualizado.</translation>
    </message>
    <message>
        <source>

Do one of these: this route or the one above it. One is enough.</source>
        <translation>

Haz solo una de estas: esta vía o la de encima. Con una basta.</translation>
    </message>
    <message>
        <source>

This guide is not yet translated into your language: it is shown in English.</source>
        <translation>

Esta guía aún no está traducida a tu idioma: se muestra en inglés.</translation>
    </message>
    <message>
        <source>

Covered by what you did on “{account}” (linked accounts: one request covers them all).</source>
        <translation>

Cubierta por lo que hiciste en «{account}» (cuentas vinculadas: una sola solicitud las cubre todas).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} de %n paso hecho</numerusform>
            <numerusform>{done} de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this, shown below: one route is enough</source>
        <translation>
            <numerusform>Hay otra forma de hacerlo, debajo: con una vía basta</numerusform>
            <numerusform>Hay %n formas más de hacerlo, debajo: con una vía basta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this (one route is enough)</source>
        <translation>
            <numerusform>Otra forma de hacerlo (con una vía basta)</numerusform>
            <numerusform>%n formas más de hacerlo (con una vía basta)</numerusform>
        </translation>
    </message>
    <message>
        <source>The route above is the one recommended. Open this row (its arrow, or Enter) to show the other ways right below it; you need only one of them.</source>
        <translation>La vía de arriba es la recomendada. Despliega esta fila (con su flecha o con Intro) para ver justo debajo las otras formas; solo necesitas una de ellas.</translation>
    </message>
    <message>
        <source>covered by {account}</source>
        <translation>cubierta por {account}</translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation>Nota cambiada en otro sitio</translation>
    </message>
    <message>
        <source>This note was changed outside this window (by another Objector or a command) while you were typing.

Keep both texts (the other one first, then yours), only yours, or only the other?</source>
        <translation>Esta nota se ha cambiado fuera de esta ventana (desde otro Objector o con un comando) mientras escribías.

¿Quieres conservar los dos textos (primero el otro y luego el tuyo), solo el tuyo o solo el otro?</translation>
    </message>
    <message>
        <source>Changed elsewhere:
{stored}

Typed here:
{typed}</source>
        <translation>Cambiado en otro sitio:
{stored}

Escrito aquí:
{typed}</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Conservar los &amp;dos</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Conservar el &amp;otro</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notas sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be saved: {problem}.

File: {path}

{advice}

Stay in Objector to copy them somewhere safe (they are still in their note boxes), or close and lose them?</source>
        <translation>
            <numerusform>No se ha podido guardar la nota que escribiste: {problem}.

Archivo: {path}

{advice}

¿Quieres seguir en Objector para copiarla en un lugar seguro (sigue en su cuadro de notas) o cerrar y perderla?</numerusform>
            <numerusform>No se han podido guardar %n notas que escribiste: {problem}.

Archivo: {path}

{advice}

¿Quieres seguir en Objector para copiarlas en un lugar seguro (siguen en sus cuadros de notas) o cerrar y perderlas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or fold away the notes</source>
        <translation>Mostrar u ocultar las notas</translation>
    </message>
    <message>
        <source>Notes for this account</source>
        <translation>Notas de esta cuenta</translation>
    </message>
    <message>
        <source>Notes for this account…</source>
        <translation>Notas de esta cuenta…</translation>
    </message>
    <message>
        <source>Notes for this guide</source>
        <translation>Notas de esta guía</translation>
    </message>
    <message>
        <source>Notes for this guide: reference numbers, replies…</source>
        <translation>Notas de esta guía: números de referencia, respuestas…</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Notas de este paso</translation>
    </message>
    <message>
        <source>Notes for this step…</source>
        <translation>Notas de este paso…</translation>
    </message>
    <message>
        <source>Account &amp;notes</source>
        <translation>Notas de la c&amp;uenta</translation>
    </message>
    <message>
        <source>&amp;Guide notes</source>
        <translation>Notas de la &amp;guía</translation>
    </message>
    <message>
        <source>S&amp;tep notes</source>
        <translation>Notas del &amp;paso</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n with text)</source>
        <translation>
            <numerusform>Notas (%n con texto)</numerusform>
            <numerusform>Notas (%n con texto)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold the notes away to give the step more room</source>
        <translation>Ocultar las notas para dejar más espacio al paso</translation>
    </message>
    <message>
        <source>Show the notes for this account, guide and step</source>
        <translation>Mostrar las notas de esta cuenta, guía y paso</translation>
    </message>
    <message>
        <source>You attached their reply for “{title}”, dated {date}. What did they answer?

Objector records it with that date; you can change it in the details.</source>
        <translation>Has adjuntado su respuesta a «{title}», con fecha {date}. ¿Qué han contestado?

Objector la guarda con esa fecha; puedes cambiarla en los detalles.</translation>
    </message>
    <message>
        <source>You ticked the reply for “{title}”. What did they answer?

Objector records it with today&apos;s date; you can change the date in the details.</source>
        <translation>Has marcado la respuesta a «{title}». ¿Qué han contestado?

Objector la guarda con la fecha de hoy; puedes cambiar la fecha en los detalles.</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>¿Qué han contestado?</translation>
    </message>
    <message>
        <source>They &amp;agreed</source>
        <translation>Lo han &amp;aceptado</translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation>Lo han &amp;rechazado</translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation>Necesitan &amp;más tiempo</translation>
    </message>
    <message>
        <source>&amp;Nothing yet</source>
        <translation>&amp;Nada todavía</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Complain?</source>
        <translation>¿Reclamar?</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Volver a comprobar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>{date} · {kind} · {account} · {procedure}: {action}</source>
        <translation>{date} · {kind} · {account} · {procedure}: {action}</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Próximas acciones</translation>
    </message>
    <message>
        <source>Nothing is due. Objector will list replies, deadlines and settings to check again here when they come up.</source>
        <translation>No hay nada pendiente. Objector te mostrará aquí las respuestas, fechas límite y ajustes que volver a comprobar cuando llegue el momento.</translation>
    </message>
    <message>
        <source>All accounts and guides</source>
        <translation>Todas las cuentas y guías</translation>
    </message>
    <message>
        <source>&amp;Next actions</source>
        <translation>&amp;Próximas acciones</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>&amp;Todas las cuentas</translation>
    </message>
    <message>
        <source>Qt could not write the PDF to {path}</source>
        <translation>Qt no ha podido escribir el PDF en {path}</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Ver problemas</translation>
    </message>
    <message>
        <source>Show the problems in guide files</source>
        <translation>Ver los problemas de los archivos de guías</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss the notice of problems in guide files</source>
        <translation>Cerrar el aviso de problemas en los archivos de guías</translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) have problems and were skipped; everything else loaded.</source>
        <translation>
            <numerusform>Un archivo de guía tiene problemas y se ha omitido; todo lo demás se ha cargado.</numerusform>
            <numerusform>%n archivos de guías tienen problemas y se han omitido; todo lo demás se ha cargado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guide to this account</source>
        <translation>Añadir una guía a esta cuenta</translation>
    </message>
    <message>
        <source>Hidden. Guide &gt; Show a hidden guide again brings it back.</source>
        <translation>Guía ocultada. Para recuperarla: Guía &gt; Mostrar de nuevo una guía oculta.</translation>
    </message>
    <message>
        <source>No guide is hidden for this account.</source>
        <translation>No hay ninguna guía oculta en esta cuenta.</translation>
    </message>
    <message>
        <source>Show a hidden guide again</source>
        <translation>Mostrar de nuevo una guía oculta</translation>
    </message>
    <message>
        <source>Proposed, not in force:</source>
        <translation>Propuesto, aún no está en vigor:</translation>
    </message>
    <message>
        <source>Most important:</source>
        <translation>Lo más importante:</translation>
    </message>
    <message>
        <source>For your region ({region}):</source>
        <translation>Para tu región ({region}):</translation>
    </message>
    <message>
        <source>What you get:</source>
        <translation>Qué consigues:</translation>
    </message>
    <message>
        <source>Date that matters:</source>
        <translation>Fecha importante:</translation>
    </message>
    <message>
        <source>More to know</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>Where sources disagree, for reviewers</source>
        <translation>Donde las fuentes no coinciden (para revisores)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>What is happening (updated {date})</source>
        <translation>Qué está pasando (actualizado el {date})</translation>
    </message>
    <message>
        <source>It may be out of date.</source>
        <translation>Puede estar desactualizado.</translation>
    </message>
    <message>
        <source>Its name for problem reports: {id}</source>
        <translation>Su identificador para informar de problemas: {id}</translation>
    </message>
    <message>
        <source>dated {published}, read {accessed}</source>
        <translation>con fecha {published}, consultado el {accessed}</translation>
    </message>
    <message>
        <source>dated {published}</source>
        <translation>con fecha {published}</translation>
    </message>
    <message>
        <source>undated, read {accessed}</source>
        <translation>sin fecha, consultado el {accessed}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>This step&apos;s translation is older than the English text, which says:</source>
        <translation>La traducción de este paso es anterior al texto en inglés, que dice:</translation>
    </message>
    <message>
        <source>What to expect:</source>
        <translation>Qué esperar:</translation>
    </message>
    <message>
        <source>This guide changed since you finished it. New steps: {titles}</source>
        <translation>Esta guía ha cambiado desde que la terminaste. Pasos nuevos: {titles}</translation>
    </message>
    <message>
        <source>This guide changed since you finished it; check it again.</source>
        <translation>Esta guía ha cambiado desde que la terminaste; vuelve a revisarla.</translation>
    </message>
    <message>
        <source>You ticked steps that are no longer in this guide (kept in your history): {steps}</source>
        <translation>Marcaste pasos que ya no están en esta guía (se conservan en tu historial): {steps}</translation>
    </message>
    <message>
        <source>Last checked on {date}: it may be out of date.</source>
        <translation>Comprobado por última vez el {date}: puede estar desactualizado.</translation>
    </message>
    <message>
        <source>Recorded as sent today: the reply clock has started.</source>
        <translation>Se ha anotado como enviada hoy: el plazo de respuesta ha empezado a correr.</translation>
    </message>
    <message>
        <source>Recorded what came back, on {date}.</source>
        <translation>Se ha anotado la respuesta, con fecha {date}.</translation>
    </message>
    <message>
        <source>Noted. Objector will remind you again later.</source>
        <translation>Anotado. Objector te lo volverá a recordar más adelante.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Cambios aún sin guardar</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation>Aún sin guardar: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: another program is using your data. Objector keeps trying.</source>
        <translation>
            <numerusform>%n cambio aún sin guardar: otro programa está usando tus datos. Objector sigue intentándolo.</numerusform>
            <numerusform>%n cambios aún sin guardar: otro programa está usando tus datos. Objector sigue intentándolo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not saved: {problem}. File: {path}</source>
        <translation>Sigue sin guardarse: {problem}. Archivo: {path}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>{problem}.

{advice}</source>
        <translation>{problem}.

{advice}</translation>
    </message>
    <message>
        <source>{title}: {error}

Nothing else was changed. If this keeps happening, use Guide &gt; Report a problem with this guide, or the command line (objector --help), and say what you did.</source>
        <translation>{title}: {error}

No se ha cambiado nada más. Si vuelve a pasar, usa Guía &gt; Informar de un problema con esta guía, o la línea de comandos (objector --help), y cuenta lo que hiciste.</translation>
    </message>
    <message>
        <source>Checklist or overview</source>
        <translation>Lista de pasos o resumen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Objector&lt;/h2&gt;&lt;p&gt;Add each account you want to protect: your Facebook, your Instagram, a second profile. Objector then shows, for each one, the steps to object to AI training or limit it, and keeps track of what you have done.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Te damos la bienvenida a Objector&lt;/h2&gt;&lt;p&gt;Añade cada cuenta que quieras proteger: tu Facebook, tu Instagram, un segundo perfil. Después Objector te muestra, para cada una, los pasos para oponerte al entrenamiento de IA con tus datos o limitarlo, y lleva el control de lo que ya has hecho.&lt;/p&gt;&lt;p&gt;Todo se queda en este ordenador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation>Añade tu primera cuenta…</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Añade tu primera cuenta</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Objector will speak {language} from its next start.</source>
        <translation>Objector usará el idioma «{language}» desde el próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
</TS>
