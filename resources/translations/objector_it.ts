<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name></name>
    <message>
        <source>No reply since {submitted}: the reply was due on {due}</source>
        <translation>Nessuna risposta dal {submitted}: la risposta era attesa entro il {due}</translation>
    </message>
    <message>
        <source>Reply due by {due}</source>
        <translation>Risposta attesa entro il {due}</translation>
    </message>
    <message>
        <source>Refused or unanswered: you can complain to a data protection authority</source>
        <translation>Respinta o senza risposta: puoi presentare un reclamo all&apos;autorità di controllo per la protezione dei dati</translation>
    </message>
    <message>
        <source>Check this setting again (due {due})</source>
        <translation>Ricontrolla questa impostazione (entro il {due})</translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation>Iniziata, non finita</translation>
    </message>
    <message>
        <source>Deadline {date}: {description}</source>
        <translation>Scadenza {date}: {description}</translation>
    </message>
    <message>
        <source>{days} days left until {date}: {description}</source>
        <translation>Mancano {days} giorni al {date}: {description}</translation>
    </message>
    <message>
        <source>Tomorrow ({date}): {description}</source>
        <translation>Domani ({date}): {description}</translation>
    </message>
    <message>
        <source>Today ({date}): {description}</source>
        <translation>Oggi ({date}): {description}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description} {after}</source>
        <translation>La data del {date} è passata: {description} {after}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description}</source>
        <translation>La data del {date} è passata: {description}</translation>
    </message>
    <message>
        <source>Last checked on {day}; the file does not say how.</source>
        <translation>Ultimo controllo il {day}; il file non dice come.</translation>
    </message>
    <message>
        <source>Followed in the live app or website on {day}.</source>
        <translation>Seguita passo per passo nell&apos;app o sul sito il {day}.</translation>
    </message>
    <message>
        <source>Checked against the regulators&apos; own pages on {day}; not tried out.</source>
        <translation>Confrontata con le pagine delle autorità di controllo il {day}; non provata.</translation>
    </message>
    <message>
        <source>Checked against the company&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Confrontata con le pagine di assistenza dell&apos;azienda il {day}; non verificata nell&apos;app.</translation>
    </message>
    <message>
        <source>Checked against {company}&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Confrontata con le pagine di assistenza di {company} il {day}; non verificata nell&apos;app.</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides, none of them dated; not checked in the app (checked {day}).</source>
        <translation>Basata su notizie e guide pubblicate online, tutte senza data; non verificata nell&apos;app (controllo del {day}).</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides published up to {month}; not checked in the app (checked {day}).</source>
        <translation>Basata su notizie e guide pubblicate fino a {month}; non verificata nell&apos;app (controllo del {day}).</translation>
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
        <translation>Altro</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non iniziata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>inviata</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>in attesa di risposta</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accolta</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>respinta</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>non applicabile</translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation>Account “{label}” aggiunto.</translation>
    </message>
    <message>
        <source>Same Accounts Center?</source>
        <translation>Stesso Centro gestione account?</translation>
    </message>
    <message>
        <source>Is “{new}” in the same Accounts Center as “{other}”?

Meta links accounts in an Accounts Center, and one objection covers every account in it. To check, in the Facebook app: your profile picture, then Settings &amp; privacy, Settings, Accounts Center. In Instagram: your profile, then ☰, Accounts Center. The accounts listed there are linked.</source>
        <translation>“{new}” è nello stesso Centro gestione account di “{other}”?

Meta collega gli account in un Centro gestione account, e una sola opposizione copre tutti gli account che ne fanno parte. Per controllare, nell&apos;app Facebook: la tua immagine del profilo, poi Impostazioni e privacy, Impostazioni, Centro gestione account. In Instagram: il tuo profilo, poi ☰, Centro gestione account. Gli account elencati lì sono collegati. Se l&apos;app è in inglese, le voci si chiamano Settings &amp; privacy, Settings e Accounts Center.</translation>
    </message>
    <message>
        <source>&amp;Yes, the same</source>
        <translation>&amp;Sì, lo stesso</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;check later</source>
        <translation>&amp;Controllo più tardi</translation>
    </message>
    <message>
        <source>Accounts Center of {label}</source>
        <translation>Centro gestione account di {label}</translation>
    </message>
    <message>
        <source>Archived “{label}”. Show archived accounts to see it again.</source>
        <translation>“{label}” archiviato. Mostra gli account archiviati per vederlo di nuovo.</translation>
    </message>
    <message>
        <source>“{label}” is active again.</source>
        <translation>“{label}” è di nuovo attivo.</translation>
    </message>
    <message>
        <source>Delete account?</source>
        <translation>Eliminare l&apos;account?</translation>
    </message>
    <message>
        <source>Delete “{label}” and everything recorded for it?

This removes {ticks}, {notes}, {evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, choose Archive instead.</source>
        <translation>Eliminare “{label}” e tutto quello che hai registrato per questo account?

Verranno eliminati: {ticks}, {notes}, {evidence} e {history}. Non si può annullare. Per conservare i dati ma toglierlo di mezzo, scegli invece Archivia.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n passaggio spuntato</numerusform>
            <numerusform>%n passaggi spuntati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n file allegato</numerusform>
            <numerusform>%n file allegati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n change(s) recorded in its history</source>
        <translation>
            <numerusform>la modifica registrata nella sua cronologia</numerusform>
            <numerusform>le %n modifiche registrate nella sua cronologia</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Esporta &amp;resoconto…</translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar file…</source>
        <translation>Esporta le scadenze in un file di &amp;calendario…</translation>
    </message>
    <message>
        <source>&amp;Import a Markdown checklist as a procedure…</source>
        <translation>&amp;Importa una checklist Markdown come guida…</translation>
    </message>
    <message>
        <source>&amp;Back up everything to a file…</source>
        <translation>Fai il &amp;backup di tutto in un file…</translation>
    </message>
    <message>
        <source>Import a backup &amp;file…</source>
        <translation>Importa un &amp;file di backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Copy text to fill in</source>
        <translation>&amp;Copia il testo da compilare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Overview and next actions</source>
        <translation>&amp;Panoramica e prossime azioni</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Rename or edit…</source>
        <translation>&amp;Rinomina o modifica…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hivia</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived accounts</source>
        <translation>&amp;Mostra account archiviati</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>&amp;Tick or untick step</source>
        <translation>&amp;Spunta o togli la spunta al passaggio</translation>
    </message>
    <message>
        <source>&amp;Add a guide to this account…</source>
        <translation>&amp;Aggiungi una guida a questo account…</translation>
    </message>
    <message>
        <source>&amp;Hide this guide for this account</source>
        <translation>&amp;Nascondi questa guida per questo account</translation>
    </message>
    <message>
        <source>Show a &amp;hidden guide again…</source>
        <translation>&amp;Mostra di nuovo una guida nascosta…</translation>
    </message>
    <message>
        <source>Attach &amp;file to this step or guide…</source>
        <translation>Allega un &amp;file a questo passaggio o guida…</translation>
    </message>
    <message>
        <source>Hide &amp;completed guides</source>
        <translation>Nascondi le guide &amp;completate</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Espandi tutto</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>C&amp;omprimi tutto</translation>
    </message>
    <message>
        <source>&amp;Report a problem with this guide…</source>
        <translation>Segna&amp;la un problema con questa guida…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>Guide file &amp;problems…</source>
        <translation>&amp;Problemi nei file delle guide…</translation>
    </message>
    <message>
        <source>&amp;About Objector</source>
        <translation>&amp;Informazioni su Objector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Your Objector data cannot be read</source>
        <translation>Non è possibile leggere i tuoi dati di Objector</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

Objector has not changed it and will keep it beside the new one.</source>
        <translation>{problem}.

File: {path}

Objector non l&apos;ha modificato e lo terrà accanto a quello nuovo.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Ripristina questo backup</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Inizia con un nuovo database vuoto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Objector cannot continue</source>
        <translation>Objector non può continuare</translation>
    </message>
    <message>
        <source>Objector cannot open your data</source>
        <translation>Objector non riesce ad aprire i tuoi dati</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

{advice}</source>
        <translation>{problem}.

File: {path}

{advice}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {made}. It holds {accounts} and {history}; the last change in it was on {last} UTC.</source>
        <translation>Il backup valido più recente è del {made}. Contiene {accounts} e {history}; l&apos;ultima modifica che contiene è del {last} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in their history</source>
        <translation>
            <numerusform>%n modifica registrata nella loro cronologia</numerusform>
            <numerusform>%n modifiche registrate nella loro cronologia</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder}; its window was brought to the front.</source>
        <translation>Objector è già aperto con la cartella dati {folder}; la sua finestra è stata portata in primo piano.</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder} (process {pid}), but its window did not come forward.

Switch to that window. If it no longer responds, close it (or end process {pid}) and start Objector again. Nothing was changed.</source>
        <translation>Objector è già aperto con la cartella dati {folder} (processo {pid}), ma la sua finestra non è venuta in primo piano.

Passa a quella finestra. Se non risponde più, chiudila (o termina il processo {pid}) e avvia di nuovo Objector. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Objector is already open</source>
        <translation>Objector è già aperto</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Il disco è pieno</translation>
    </message>
    <message>
        <source>The disk that holds your data is full, so Objector opened it read-only: you can read everything and back it up to another disk (File &gt; Back up everything), but changes cannot be saved.

Free some space on the disk, then start Objector again.

Folder: {folder}</source>
        <translation>Il disco che contiene i tuoi dati è pieno, quindi Objector li ha aperti in sola lettura: puoi leggere tutto e farne il backup su un altro disco (File &gt; Fai il backup di tutto in un file), ma le modifiche non possono essere salvate.

Libera un po&apos; di spazio sul disco, poi avvia di nuovo Objector.

Cartella: {folder}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>Non è stato possibile fare il backup automatico: {error}</translation>
    </message>
    <message>
        <source>That link was not opened: only web (https, http) and e-mail links are allowed.</source>
        <translation>Il link non è stato aperto: sono permessi solo link web (https, http) e di e-mail.</translation>
    </message>
    <message>
        <source>The link did not open</source>
        <translation>Il link non si è aperto</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the address and paste it into your e-mail:</source>
        <translation>Nessun programma di posta ha risposto. Copia l&apos;indirizzo e incollalo nella tua e-mail:</translation>
    </message>
    <message>
        <source>No web browser answered. Copy the address and paste it into your browser:</source>
        <translation>Nessun browser ha risposto. Copia l&apos;indirizzo e incollalo nel tuo browser:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Indirizzo del link</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copia indirizzo</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copia indirizzo</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail program.</source>
        <translation>Copiato. Incollalo nel tuo programma di posta.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Copiato. Incollalo nella barra degli indirizzi del browser.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[immagine non mostrata]</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Account selezionato</translation>
    </message>
    <message>
        <source>Progress for this account</source>
        <translation>Avanzamento di questo account</translation>
    </message>
    <message>
        <source>Search guides, steps and notes</source>
        <translation>Cerca in guide, passaggi e note</translation>
    </message>
    <message>
        <source>Search guides, steps and notes (Ctrl+F)</source>
        <translation>Cerca in guide, passaggi e note (Ctrl+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nessun risultato</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviato)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} su %n passaggio</numerusform>
            <numerusform>{done} su %n passaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>No guide, step or note that is not finished contains “{text}”. Press Esc to clear the search, or show the completed ones.</source>
        <translation>Nessuna guida, passaggio o nota ancora da completare contiene “{text}”. Premi Esc per cancellare la ricerca, oppure mostra anche quelli completati.</translation>
    </message>
    <message>
        <source>No guide, step or note contains “{text}”. Press Esc to clear the search.</source>
        <translation>Nessuna guida, passaggio o nota contiene “{text}”. Premi Esc per cancellare la ricerca.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;b&gt;Nessun risultato&lt;/b&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>Tick “{step}”</source>
        <translation>Spunta “{step}”</translation>
    </message>
    <message>
        <source>Untick “{step}”</source>
        <translation>Togli la spunta a “{step}”</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Cambia stato</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>Rinomina “{name}”</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>Rimuovi “{name}”</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>Allega “{name}”</translation>
    </message>
    <message>
        <source>They need more time</source>
        <translation>Chiedono più tempo</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>Cambia riferimento</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Cambia data</translation>
    </message>
    <message>
        <source>Choose a guide or a step to see it here.</source>
        <translation>Scegli una guida o un passaggio per vederlo qui.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attenzione</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Dettagli della guida</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>Status of this request</source>
        <translation>Stato di questa richiesta</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>&amp;il</translation>
    </message>
    <message>
        <source>Date of this status</source>
        <translation>Data di questo stato</translation>
    </message>
    <message>
        <source>Reference number or confirmation text (optional)</source>
        <translation>Numero di riferimento o testo di conferma (facoltativo)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numero di riferimento</translation>
    </message>
    <message>
        <source>They said they need longer to reply (e&amp;xtension)</source>
        <translation>Hanno detto che serve più tempo per rispondere (&amp;proroga)</translation>
    </message>
    <message>
        <source>The other side extended the reply period</source>
        <translation>L&apos;altra parte ha prorogato il termine per rispondere</translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation>Tempo per la risposta</translation>
    </message>
    <message>
        <source>I checked it &amp;again today</source>
        <translation>L&apos;ho ricontrollato &amp;oggi</translation>
    </message>
    <message>
        <source>I checked it again today</source>
        <translation>L&apos;ho ricontrollato oggi</translation>
    </message>
    <message>
        <source>Add the complaint guide to this account</source>
        <translation>Aggiungi la guida per il reclamo a questo account</translation>
    </message>
    <message>
        <source>Text to copy, with your details filled in:</source>
        <translation>Testo da copiare, già compilato con i tuoi dati:</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>Testo da copiare</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copia testo</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copia testo</translation>
    </message>
    <message>
        <source>Copied. Paste it into the form.</source>
        <translation>Copiato. Incollalo nel modulo.</translation>
    </message>
    <message>
        <source>Nothing to attach: copy a picture or a file first.</source>
        <translation>Niente da allegare: prima copia un&apos;immagine o un file.</translation>
    </message>
    <message>
        <source>Add an account to begin.</source>
        <translation>Aggiungi un account per iniziare.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}, sent {date}.</source>
        <translation>Coperta da “{account}”: {procedure}, inviata il {date}.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}.</source>
        <translation>Coperta da “{account}”: {procedure}.</translation>
    </message>
    <message>
        <source>One request covers all your linked accounts (for Meta, the accounts in the same Accounts Center). If that request is refused, this one is no longer covered.</source>
        <translation>Una sola richiesta copre tutti i tuoi account collegati (per Meta, gli account nello stesso Centro gestione account). Se quella richiesta viene respinta, questa non è più coperta.</translation>
    </message>
    <message>
        <source>The reply was due on {due}: {days} overdue.</source>
        <translation>La risposta era attesa entro il {due}: {days} di ritardo.</translation>
    </message>
    <message>
        <source>A reply is due by {due} ({days} left).</source>
        <translation>La risposta è attesa entro il {due} (ancora {days}).</translation>
    </message>
    <message>
        <source>If they extend it, by {date} at the latest.</source>
        <translation>Se prorogano il termine, al più tardi entro il {date}.</translation>
    </message>
    <message>
        <source>Done on {done}; platforms can switch such settings back: check it again now.</source>
        <translation>Fatto il {done}; le piattaforme possono rimettere queste impostazioni come prima: ricontrolla adesso.</translation>
    </message>
    <message>
        <source>Check this again on {date}.</source>
        <translation>Ricontrolla il {date}.</translation>
    </message>
    <message>
        <source>Open the complaint guide</source>
        <translation>Apri la guida per il reclamo</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unione europea</translation>
    </message>
    <message>
        <source>Iceland, Liechtenstein or Norway (EEA)</source>
        <translation>Islanda, Liechtenstein o Norvegia (SEE)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Regno Unito</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stati Uniti</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Altrove</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <source>for example: my art Instagram</source>
        <translation>per esempio: il mio Instagram per l&apos;arte</translation>
    </message>
    <message>
        <source>optional, e.g. @myname</source>
        <translation>facoltativo, es. @ilmionome</translation>
    </message>
    <message>
        <source>optional: the account&apos;s email address</source>
        <translation>facoltativo: l&apos;indirizzo e-mail dell&apos;account</translation>
    </message>
    <message>
        <source>optional: your name, for the objection text</source>
        <translation>facoltativo: il tuo nome, per il testo dell&apos;opposizione</translation>
    </message>
    <message>
        <source>optional: the country you live in</source>
        <translation>facoltativo: il paese in cui vivi</translation>
    </message>
    <message>
        <source>optional: one name for your accounts that are linked</source>
        <translation>facoltativo: uno stesso nome per i tuoi account collegati</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>La lingua della finestra ({language})</translation>
    </message>
    <message>
        <source>The language of the texts you copy and send (objections, complaints). A guide not translated into it gives them in English.</source>
        <translation>La lingua dei testi che copi e invii (opposizioni, reclami). Una guida non tradotta in questa lingua li dà in inglese.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nome dell&apos;account:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Piattaforma:</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>&amp;Dove vivi:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Il tuo nome:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pae&amp;se:</translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation>Account &amp;collegati:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>&amp;Lingua delle lettere:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Accounts Center:</source>
        <translation>&amp;Centro gestione account:</translation>
    </message>
    <message>
        <source>Accounts Center</source>
        <translation>Centro gestione account</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Account aggiunto</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Dati dell&apos;account modificati</translation>
    </message>
    <message>
        <source>Account archived</source>
        <translation>Account archiviato</translation>
    </message>
    <message>
        <source>Account restored</source>
        <translation>Account ripristinato</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Passaggio fatto</translation>
    </message>
    <message>
        <source>Step marked not done</source>
        <translation>Passaggio segnato come non fatto</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Stato modificato</translation>
    </message>
    <message>
        <source>Status date changed</source>
        <translation>Data dello stato modificata</translation>
    </message>
    <message>
        <source>Reference changed</source>
        <translation>Numero di riferimento modificato</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Nota salvata</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>File allegato</translation>
    </message>
    <message>
        <source>Attached file renamed</source>
        <translation>File allegato rinominato</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>File allegato rimosso</translation>
    </message>
    <message>
        <source>Attached file restored</source>
        <translation>File allegato ripristinato</translation>
    </message>
    <message>
        <source>Procedure completed</source>
        <translation>Guida completata</translation>
    </message>
    <message>
        <source>Procedure reopened</source>
        <translation>Guida riaperta</translation>
    </message>
    <message>
        <source>Procedure shown or hidden</source>
        <translation>Guida mostrata o nascosta</translation>
    </message>
    <message>
        <source>Reply period extended by the other side</source>
        <translation>Termine di risposta prorogato dall&apos;altra parte</translation>
    </message>
    <message>
        <source>Reply period extension removed</source>
        <translation>Proroga del termine di risposta rimossa</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}, sent {day}</source>
        <translation>Coperta da “{account}”: {guide}, inviata il {day}</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}</source>
        <translation>Coperta da “{account}”: {guide}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Step “{step}”</source>
        <translation>Passaggio “{step}”</translation>
    </message>
    <message>
        <source>{step} (no longer in the guide)</source>
        <translation>{step} (non è più nella guida)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n byte</numerusform>
        </translation>
    </message>
    <message>
        <source>step “{step}”</source>
        <translation>passaggio “{step}”</translation>
    </message>
    <message>
        <source>Status date or reference saved</source>
        <translation>Data dello stato o numero di riferimento salvato</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>stato: {status}</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <translation>da {before} a {after}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>numero di riferimento {reference}</translation>
    </message>
    <message>
        <source>{status} since {when}</source>
        <translation>{status} dal {when}</translation>
    </message>
    <message>
        <source>(was {before})</source>
        <translation>(prima: {before})</translation>
    </message>
    <message>
        <source>to {reference}</source>
        <translation>in {reference}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>rimosso</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n carattere)</numerusform>
            <numerusform>(%n caratteri)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(svuotata)</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>La cosa più importante</translation>
    </message>
    <message>
        <source>For the account&apos;s region ({region})</source>
        <translation>Per la regione dell&apos;account ({region})</translation>
    </message>
    <message>
        <source>Date that matters</source>
        <translation>Data importante</translation>
    </message>
    <message>
        <source>(since {when})</source>
        <translation>(dal {when})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numero di riferimento</translation>
    </message>
    <message>
        <source>Reply period extended</source>
        <translation>Termine di risposta prorogato</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Version of the guide followed</source>
        <translation>Versione della guida seguita</translation>
    </message>
    <message>
        <source>(the guide has changed since)</source>
        <translation>(la guida è cambiata da allora)</translation>
    </message>
    <message>
        <source>How the guide was checked</source>
        <translation>Come è stata verificata la guida</translation>
    </message>
    <message>
        <source>dated {day}</source>
        <translation>datata {day}</translation>
    </message>
    <message>
        <source>read {day}</source>
        <translation>letta il {day}</translation>
    </message>
    <message>
        <source>Generated {when} by Objector {version}. All times are in the time zone {zone}.</source>
        <translation>Creato il {when} da Objector {version}. Tutti gli orari sono nel fuso orario {zone}.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Account collegati</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Added to Objector</source>
        <translation>Aggiunto a Objector</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviato</translation>
    </message>
    <message>
        <source>{guide} (no longer in the library)</source>
        <translation>{guide} (non è più nella raccolta)</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {sha256}, attached {when}</source>
        <translation>{name}, {size}, SHA-256 {sha256}, allegato il {when}</translation>
    </message>
    <message>
        <source>Objector evidence report</source>
        <translation>Resoconto delle prove di Objector</translation>
    </message>
    <message>
        <source>Guide id</source>
        <translation>Identificativo della guida</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Risposta attesa</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>Da ricontrollare il</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Account: {account}</translation>
    </message>
    <message>
        <source>Account notes:</source>
        <translation>Note sull&apos;account:</translation>
    </message>
    <message>
        <source>Steps done:</source>
        <translation>Passaggi fatti:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>File allegati:</translation>
    </message>
    <message>
        <source>Sources of the guide:</source>
        <translation>Fonti della guida:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>en</source>
        <translation>it</translation>
    </message>
    <message>
        <source>Reply due: {guide} ({account})</source>
        <translation>Risposta attesa: {guide} ({account})</translation>
    </message>
    <message>
        <source>Submitted on {day}. If there is no reply by this date, you can send a reminder or complain to a data protection authority.</source>
        <translation>Inviata il {day}. Se entro questa data non arriva una risposta, puoi inviare un sollecito o presentare un reclamo a un&apos;autorità di controllo per la protezione dei dati.</translation>
    </message>
    <message>
        <source>Check again: {guide} ({account})</source>
        <translation>Da ricontrollare: {guide} ({account})</translation>
    </message>
    <message>
        <source>Platforms can switch settings back on; check it is still as you left it.</source>
        <translation>Le piattaforme possono riattivare le impostazioni. Controlla che sia ancora come l&apos;hai lasciato.</translation>
    </message>
    <message>
        <source>Deadline: {guide} ({account})</source>
        <translation>Scadenza: {guide} ({account})</translation>
    </message>
    <message>
        <source>optional: a name for the Accounts Center these accounts share</source>
        <translation>facoltativo: un nome per il Centro gestione account che questi account condividono</translation>
    </message>
    <message>
        <source>optional: one name for your linked accounts, so one request can cover them</source>
        <translation>facoltativo: uno stesso nome per i tuoi account collegati, così una sola richiesta può coprirli tutti</translation>
    </message>
    <message>
        <source>Give the account a label, so you can tell it from your others.</source>
        <translation>Dai un nome all&apos;account, così puoi distinguerlo dagli altri.</translation>
    </message>
    <message>
        <source>Guide files with problems</source>
        <translation>File delle guide con problemi</translation>
    </message>
    <message>
        <source>These files were skipped; every other guide loaded. Fix each problem in the file and save it, or check it with &apos;objector validate FILE&apos;.</source>
        <translation>Questi file sono stati saltati; tutte le altre guide sono state caricate. Correggi ogni problema nel file e salvalo, oppure controllalo con &apos;objector validate FILE&apos;.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Choose a guide or a step first, then attach the file to it.</source>
        <translation>Prima scegli una guida o un passaggio, poi allegagli il file.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <source>Attach a large file?</source>
        <translation>Allegare un file grande?</translation>
    </message>
    <message>
        <source>This file is {size}. Attach a copy anyway?

{name}</source>
        <translation>Questo file è di {size}. Allegarne comunque una copia?

{name}</translation>
    </message>
    <message>
        <source>The picture could not be made into a PNG file: nothing was attached.</source>
        <translation>Non è stato possibile trasformare l&apos;immagine in un file PNG: non è stato allegato nulla.</translation>
    </message>
    <message>
        <source>Pasted picture {time}.png</source>
        <translation>Immagine incollata {time}.png</translation>
    </message>
    <message>
        <source>“{name}” is attached here already.</source>
        <translation>“{name}” è già allegato qui.</translation>
    </message>
    <message>
        <source>Attached “{name}”.</source>
        <translation>“{name}” allegato.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing (was it deleted?): {path}</source>
        <translation>Manca la copia salvata di “{name}” (è stata eliminata?): {path}</translation>
    </message>
    <message>
        <source>No program opened “{name}”. Its copy is in {path}</source>
        <translation>Nessun programma ha aperto “{name}”. La sua copia è in {path}</translation>
    </message>
    <message>
        <source>Rename attached file</source>
        <translation>Rinomina il file allegato</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>“{name}” rimosso. Con Annulla lo recuperi.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} byte</translation>
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
        <translation>{size} · allegato il {date}</translation>
    </message>
    <message>
        <source>E-mail from {sender}, {date}: {subject}</source>
        <translation>E-mail da {sender}, {date}: {subject}</translation>
    </message>
    <message>
        <source>Date: {date}
From: {sender}
Subject: {subject}</source>
        <translation>Data: {date}
Da: {sender}
Oggetto: {subject}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>File allegati</translation>
    </message>
    <message>
        <source>No files attached. Drop files here, paste a screenshot (Ctrl+V) or use “Attach file…”.</source>
        <translation>Nessun file allegato. Trascina qui i file, incolla uno screenshot (Ctrl+V) o usa “Allega file…”.</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Nessun file allegato</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Allega un file</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Apri il file allegato</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <source>Rename the attached file</source>
        <translation>Rinomina il file allegato</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Rimuovi il file allegato</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.{advice}</source>
        <translation>Non è stato possibile scrivere {path}: {reason}.{advice}</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Il resoconto non è stato salvato</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tutti gli account</translation>
    </message>
    <message>
        <source>Only “{label}”</source>
        <translation>Solo “{label}”</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Esporta resoconto</translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation>Quali account?</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Pagina web (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Resoconto non salvato</translation>
    </message>
    <message>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Scegli un&apos;altra cartella, oppure libera un po&apos; di spazio, e riprova.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Resoconto salvato in {path}.</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>Il file del calendario non è stato salvato</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Ancora nessuna data</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no setting needs checking again.

When you tick the step that sends a request (or set its status to submitted), its reply date comes here.</source>
        <translation>Non c&apos;è ancora niente da mettere in un calendario: nessuna risposta è attesa, nessuna scadenza si avvicina e nessuna impostazione va ricontrollata.

Quando spunti il passaggio che invia una richiesta (o ne imposti lo stato su inviata), la data della risposta arriva qui.</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Esporta le scadenze</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>File del calendario non salvato</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) written to {path}. Open it with your calendar.</source>
        <translation>
            <numerusform>%n data salvata in {path}. Apri il file con il tuo calendario.</numerusform>
            <numerusform>%n date salvate in {path}. Apri il file con il tuo calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>Il backup non è stato salvato</translation>
    </message>
    <message>
        <source>Back up everything</source>
        <translation>Fai il backup di tutto</translation>
    </message>
    <message>
        <source>Objector backup with attached files (*.zip);;Records only (*.json)</source>
        <translation>Backup di Objector con i file allegati (*.zip);;Solo i dati registrati (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Backup salvato in {path}.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Non è stato importato nulla</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Importa un backup</translation>
    </message>
    <message>
        <source>Objector backup (*.zip *.json)</source>
        <translation>Backup di Objector (*.zip *.json)</translation>
    </message>
    <message>
        <source>Backup imported</source>
        <translation>Backup importato</translation>
    </message>
    <message>
        <source>Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history entries.</source>
        <translation>Aggiunti: {accounts} account, {ticks} passaggi spuntati, {notes} note e {history} voci della cronologia.</translation>
    </message>
    <message>
        <source>Import a Markdown checklist</source>
        <translation>Importa una checklist Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importato</translation>
    </message>
    <message>
        <source>{path} could not be read as UTF-8 text: {reason}</source>
        <translation>Non è stato possibile leggere {path} come testo UTF-8: {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>Where is this checklist from?</source>
        <translation>Da dove viene questa checklist?</translation>
    </message>
    <message>
        <source>The checklist names no web page. Give the address it comes from (https://…):</source>
        <translation>La checklist non indica nessuna pagina web. Scrivi l&apos;indirizzo da cui proviene (https://…):</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Non è stato possibile scrivere {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source> %n link(s) that were not web or e-mail links were left out.</source>
        <translation>
            <numerusform> %n link che non era un link web o e-mail è stato escluso.</numerusform>
            <numerusform> %n link che non erano link web o e-mail sono stati esclusi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation>Checklist importata</translation>
    </message>
    <message>
        <source>{steps} step(s) imported into {path}.{dropped}

Open the file to check its platforms, regions and sources; Objector reloads it whenever you save it.</source>
        <translation>Passaggi importati in {path}: {steps}.{dropped}

Apri il file per controllarne piattaforme, regioni e fonti; Objector lo ricarica ogni volta che lo salvi.</translation>
    </message>
    <message>
        <source>Choose a guide or a step first.</source>
        <translation>Prima scegli una guida o un passaggio.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <source>A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the people who keep the procedures, and add what you saw. Objector sends nothing itself.</source>
        <translation>Negli appunti c&apos;è una segnalazione su questa guida. Incollala in un&apos;e-mail o in una issue per le persone che curano le guide, e aggiungi quello che hai visto. Objector non invia nulla da solo.</translation>
    </message>
    <message>
        <source>Open in my e-mail program</source>
        <translation>Apri nel mio programma di posta</translation>
    </message>
    <message>
        <source>No e-mail program answered. The report is on the clipboard: paste it into an e-mail or an issue for the people who keep the procedures.</source>
        <translation>Nessun programma di posta ha risposto. La segnalazione è negli appunti: incollala in un&apos;e-mail o in una issue per le persone che curano le guide.</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Azioni in scadenza</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due: see the Overview (Ctrl+2)</source>
        <translation>
            <numerusform>%n azione in scadenza: vedi la Panoramica (Ctrl+2)</numerusform>
            <numerusform>%n azioni in scadenza: vedi la Panoramica (Ctrl+2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every file loaded.</source>
        <translation>Nessun problema: tutti i file sono stati caricati.</translation>
    </message>
    <message>
        <source>About Objector</source>
        <translation>Informazioni su Objector</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps track of objecting to AI training on your data, account by account. Everything stays on this computer; Objector never connects to the internet itself.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Tiene traccia delle tue opposizioni all&apos;addestramento dell&apos;IA con i tuoi dati, account per account. Tutto resta su questo computer; Objector non si collega mai a internet da solo.&lt;/p&gt;&lt;p&gt;La tua cartella dati: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Togli dall&apos;archivio</translation>
    </message>
    <message>
        <source>Added the complaint guide to this account.</source>
        <translation>Guida per il reclamo aggiunta a questo account.</translation>
    </message>
    <message>
        <source>Guides reloaded: {count} loaded.</source>
        <translation>Guide ricaricate: {count} caricate.</translation>
    </message>
    <message>
        <source>Objector is already open: this is its window.</source>
        <translation>Objector è già aperto: questa è la sua finestra.</translation>
    </message>
    <message>
        <source>Updated: your data was changed outside this window.</source>
        <translation>Aggiornato: i tuoi dati sono stati modificati fuori da questa finestra.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platform}, {region}: {done} of %n step(s) done{archived}</source>
        <translation>
            <numerusform>{platform}, {region}: {done} su %n passaggio completato{archived}</numerusform>
            <numerusform>{platform}, {region}: {done} su %n passaggi completati{archived}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide and steps</source>
        <translation>Guida e passaggi</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facoltativo)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>or: {title}</source>
        <translation>oppure: {title}</translation>
    </message>
    <message>
        <source>{title} (in English)</source>
        <translation>{title} (in inglese)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} su {total}</translation>
    </message>
    <message>
        <source>{progress} · covered</source>
        <translation>{progress} · coperta</translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation>{progress} · {status}</translation>
    </message>
    <message>
        <source>

Last checked {date}: may be out of date.</source>
        <translation>

Ultimo controllo il {date}: potrebbe non essere aggiornata.</translation>
    </message>
    <message>
        <source>

Do one of these: this route or the one above it. One is enough.</source>
        <translation>

Fai solo una di queste: questo percorso o quello sopra. Ne basta uno.</translation>
    </message>
    <message>
        <source>

This guide is not yet translated into your language: it is shown in English.</source>
        <translation>

Questa guida non è ancora tradotta nella tua lingua: è mostrata in inglese.</translation>
    </message>
    <message>
        <source>

Covered by what you did on “{account}” (linked accounts: one request covers them all).</source>
        <translation>

Coperta da quello che hai fatto su “{account}” (account collegati: una sola richiesta li copre tutti).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} su %n passaggio completato</numerusform>
            <numerusform>{done} su %n passaggi completati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this, shown below: one route is enough</source>
        <translation>
            <numerusform>Un altro modo per farlo, mostrato sotto: basta un solo percorso</numerusform>
            <numerusform>%n altri modi per farlo, mostrati sotto: basta un solo percorso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this (one route is enough)</source>
        <translation>
            <numerusform>Un altro modo per farlo (basta un solo percorso)</numerusform>
            <numerusform>%n altri modi per farlo (basta un solo percorso)</numerusform>
        </translation>
    </message>
    <message>
        <source>The route above is the one recommended. Open this row (its arrow, or Enter) to show the other ways right below it; you need only one of them.</source>
        <translation>Il percorso sopra è quello consigliato. Apri questa riga (con la sua freccia o con Invio) per vedere gli altri modi subito sotto; te ne basta uno.</translation>
    </message>
    <message>
        <source>covered by {account}</source>
        <translation>coperta da {account}</translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation>Nota modificata altrove</translation>
    </message>
    <message>
        <source>This note was changed outside this window (by another Objector or a command) while you were typing.

Keep both texts (the other one first, then yours), only yours, or only the other?</source>
        <translation>Questa nota è stata modificata fuori da questa finestra (da un altro Objector o da un comando) mentre scrivevi.

Vuoi tenere entrambi i testi (prima l&apos;altro, poi il tuo), solo il tuo o solo l&apos;altro?</translation>
    </message>
    <message>
        <source>Changed elsewhere:
{stored}

Typed here:
{typed}</source>
        <translation>Modificato altrove:
{stored}

Scritto qui:
{typed}</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Tieni &amp;entrambi</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Tieni il &amp;mio</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Tieni l&apos;&amp;altro</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Note non salvate</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be saved: {problem}.

File: {path}

{advice}

Stay in Objector to copy them somewhere safe (they are still in their note boxes), or close and lose them?</source>
        <translation>
            <numerusform>Una nota che hai scritto non è stata salvata: {problem}.

File: {path}

{advice}

Vuoi restare in Objector per copiarla in un posto sicuro (è ancora nel suo riquadro), oppure chiudere e perderla?</numerusform>
            <numerusform>%n note che hai scritto non sono state salvate: {problem}.

File: {path}

{advice}

Vuoi restare in Objector per copiarle in un posto sicuro (sono ancora nei loro riquadri), oppure chiudere e perderle?</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or fold away the notes</source>
        <translation>Mostra o nascondi le note</translation>
    </message>
    <message>
        <source>Notes for this account</source>
        <translation>Note per questo account</translation>
    </message>
    <message>
        <source>Notes for this account…</source>
        <translation>Note per questo account…</translation>
    </message>
    <message>
        <source>Notes for this guide</source>
        <translation>Note per questa guida</translation>
    </message>
    <message>
        <source>Notes for this guide: reference numbers, replies…</source>
        <translation>Note per questa guida: numeri di riferimento, risposte…</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Note per questo passaggio</translation>
    </message>
    <message>
        <source>Notes for this step…</source>
        <translation>Note per questo passaggio…</translation>
    </message>
    <message>
        <source>Account &amp;notes</source>
        <translation>Note dell&apos;&amp;account</translation>
    </message>
    <message>
        <source>&amp;Guide notes</source>
        <translation>Note della &amp;guida</translation>
    </message>
    <message>
        <source>S&amp;tep notes</source>
        <translation>Note del &amp;passaggio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n with text)</source>
        <translation>
            <numerusform>Note (%n con testo)</numerusform>
            <numerusform>Note (%n con testo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold the notes away to give the step more room</source>
        <translation>Nascondi le note per dare più spazio al passaggio</translation>
    </message>
    <message>
        <source>Show the notes for this account, guide and step</source>
        <translation>Mostra le note per questo account, questa guida e questo passaggio</translation>
    </message>
    <message>
        <source>You attached their reply for “{title}”, dated {date}. What did they answer?

Objector records it with that date; you can change it in the details.</source>
        <translation>Hai allegato la loro risposta per “{title}”, datata {date}. Cosa hanno risposto?

Objector la registra con quella data; puoi cambiarla nei dettagli.</translation>
    </message>
    <message>
        <source>You ticked the reply for “{title}”. What did they answer?

Objector records it with today&apos;s date; you can change the date in the details.</source>
        <translation>Hai spuntato la risposta per “{title}”. Cosa hanno risposto?

Objector la registra con la data di oggi; puoi cambiare la data nei dettagli.</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>Cosa hanno risposto?</translation>
    </message>
    <message>
        <source>They &amp;agreed</source>
        <translation>Hanno &amp;accettato</translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation>Hanno &amp;rifiutato</translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation>Chiedono più &amp;tempo</translation>
    </message>
    <message>
        <source>&amp;Nothing yet</source>
        <translation>&amp;Niente per ora</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <source>Complain?</source>
        <translation>Reclamo?</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Da ricontrollare</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>{date} · {kind} · {account} · {procedure}: {action}</source>
        <translation>{date} · {kind} · {account} · {procedure}: {action}</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Prossime azioni</translation>
    </message>
    <message>
        <source>Nothing is due. Objector will list replies, deadlines and settings to check again here when they come up.</source>
        <translation>Non c&apos;è niente in scadenza. Objector elencherà qui risposte, scadenze e impostazioni da ricontrollare quando arriveranno.</translation>
    </message>
    <message>
        <source>All accounts and guides</source>
        <translation>Tutti gli account e le guide</translation>
    </message>
    <message>
        <source>&amp;Next actions</source>
        <translation>&amp;Prossime azioni</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>&amp;Tutti gli account</translation>
    </message>
    <message>
        <source>Qt could not write the PDF to {path}</source>
        <translation>Qt non è riuscito a scrivere il PDF in {path}</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Mostra i problemi</translation>
    </message>
    <message>
        <source>Show the problems in guide files</source>
        <translation>Mostra i problemi nei file delle guide</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Dismiss the notice of problems in guide files</source>
        <translation>Chiudi l&apos;avviso dei problemi nei file delle guide</translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) have problems and were skipped; everything else loaded.</source>
        <translation>
            <numerusform>%n file di guida ha problemi ed è stato saltato; tutto il resto è stato caricato.</numerusform>
            <numerusform>%n file di guida hanno problemi e sono stati saltati; tutto il resto è stato caricato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guide to this account</source>
        <translation>Aggiungi una guida a questo account</translation>
    </message>
    <message>
        <source>Hidden. Guide &gt; Show a hidden guide again brings it back.</source>
        <translation>Nascosta. Con Guida &gt; Mostra di nuovo una guida nascosta la fai riapparire.</translation>
    </message>
    <message>
        <source>No guide is hidden for this account.</source>
        <translation>Nessuna guida è nascosta per questo account.</translation>
    </message>
    <message>
        <source>Show a hidden guide again</source>
        <translation>Mostra di nuovo una guida nascosta</translation>
    </message>
    <message>
        <source>Proposed, not in force:</source>
        <translation>Proposte, non ancora in vigore:</translation>
    </message>
    <message>
        <source>Most important:</source>
        <translation>La cosa più importante:</translation>
    </message>
    <message>
        <source>For your region ({region}):</source>
        <translation>Per la tua regione ({region}):</translation>
    </message>
    <message>
        <source>What you get:</source>
        <translation>Cosa ottieni:</translation>
    </message>
    <message>
        <source>Date that matters:</source>
        <translation>Data importante:</translation>
    </message>
    <message>
        <source>More to know</source>
        <translation>Da sapere anche</translation>
    </message>
    <message>
        <source>Where sources disagree, for reviewers</source>
        <translation>Dove le fonti non concordano (per i revisori)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fonti</translation>
    </message>
    <message>
        <source>What is happening (updated {date})</source>
        <translation>Cosa sta succedendo (aggiornato al {date})</translation>
    </message>
    <message>
        <source>It may be out of date.</source>
        <translation>Potrebbe non essere aggiornata.</translation>
    </message>
    <message>
        <source>Its name for problem reports: {id}</source>
        <translation>Nome da indicare nelle segnalazioni di problemi: {id}</translation>
    </message>
    <message>
        <source>dated {published}, read {accessed}</source>
        <translation>datata {published}, letta il {accessed}</translation>
    </message>
    <message>
        <source>dated {published}</source>
        <translation>datata {published}</translation>
    </message>
    <message>
        <source>undated, read {accessed}</source>
        <translation>senza data, letta il {accessed}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>This step&apos;s translation is older than the English text, which says:</source>
        <translation>La traduzione di questo passaggio è più vecchia del testo inglese, che dice:</translation>
    </message>
    <message>
        <source>What to expect:</source>
        <translation>Cosa aspettarti:</translation>
    </message>
    <message>
        <source>This guide changed since you finished it. New steps: {titles}</source>
        <translation>Questa guida è cambiata da quando l&apos;hai completata. Nuovi passaggi: {titles}</translation>
    </message>
    <message>
        <source>This guide changed since you finished it; check it again.</source>
        <translation>Questa guida è cambiata da quando l&apos;hai completata; ricontrollala.</translation>
    </message>
    <message>
        <source>You ticked steps that are no longer in this guide (kept in your history): {steps}</source>
        <translation>Hai spuntato passaggi che non fanno più parte di questa guida (restano nella tua cronologia): {steps}</translation>
    </message>
    <message>
        <source>Last checked on {date}: it may be out of date.</source>
        <translation>Ultimo controllo il {date}: potrebbe non essere aggiornata.</translation>
    </message>
    <message>
        <source>Recorded as sent today: the reply clock has started.</source>
        <translation>Registrata come inviata oggi: il tempo per la risposta è partito.</translation>
    </message>
    <message>
        <source>Recorded what came back, on {date}.</source>
        <translation>Risposta registrata, con data {date}.</translation>
    </message>
    <message>
        <source>Noted. Objector will remind you again later.</source>
        <translation>Preso nota. Objector te lo ricorderà più avanti.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Modifiche non ancora salvate</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation>Non ancora salvato: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: another program is using your data. Objector keeps trying.</source>
        <translation>
            <numerusform>%n modifica non ancora salvata: un altro programma sta usando i tuoi dati. Objector continua a provare.</numerusform>
            <numerusform>%n modifiche non ancora salvate: un altro programma sta usando i tuoi dati. Objector continua a provare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not saved: {problem}. File: {path}</source>
        <translation>Ancora non salvato: {problem}. File: {path}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
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

Non è stato modificato nient&apos;altro. Se continua a succedere, usa Guida &gt; Segnala un problema con questa guida, oppure la riga di comando (objector --help), e spiega cosa hai fatto.</translation>
    </message>
    <message>
        <source>Checklist or overview</source>
        <translation>Checklist o panoramica</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Objector&lt;/h2&gt;&lt;p&gt;Add each account you want to protect: your Facebook, your Instagram, a second profile. Objector then shows, for each one, the steps to object to AI training or limit it, and keeps track of what you have done.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ti diamo il benvenuto in Objector&lt;/h2&gt;&lt;p&gt;Aggiungi ogni account che vuoi proteggere: il tuo Facebook, il tuo Instagram, un secondo profilo. Objector ti mostra poi, per ciascuno, i passaggi per opporti all&apos;addestramento dell&apos;IA o per limitarlo, e tiene traccia di quello che hai fatto.&lt;/p&gt;&lt;p&gt;Tutto resta su questo computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation>Aggiungi il tuo primo account…</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Aggiungi il tuo primo account</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Lingua del sistema ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Objector will speak {language} from its next start.</source>
        <translation>Objector userà la lingua «{language}» dal prossimo avvio.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Riavvia ora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Più &amp;tardi</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
</TS>
