# ruff: noqa: E501 - the messages are data, kept one paragraph to a line
"""The sixth collection's English cases (the format is described in `adv6_cases.py`)."""

EN = """
=== fwd en C
note: inline forward; the forwarded original (own earlier mail) asks that the report not be published
from: Grace Mutasa | Harare Justice Forum | g.mutasa@hjf-zim.example
subject: Submission - PMSC guards at the Marange fields
outer: Hi again, I never got an acknowledgement so I am sending this a second time. Apologies if it is a duplicate.
body: Dear Working Group secretariat, // Our short report on private guards at the diamond fields is attached. It draws on twelve interviews with artisanal miners beaten by contracted security staff in 2019. // We ask that the report is not published on the website or in the compilation: several of the miners still work in the area. // Kind regards,
doc: pdf HJF_Marange_guards.pdf
page: Private security at the Marange diamond fields // Twelve artisanal miners described beatings by contracted guards between March and October 2019.

=== fwd en P
note: inline forward; the consent is in the forwarded original, the outer text says nothing
from: Thomas Ekwueme | Centre for Security Sector Accountability | t.ekwueme@cssa-ng.example
subject: Input to the call on PMSCs and extractive industries
outer: Forwarding my message of last week, the attachment seemed to bounce on our side.
body: Dear colleagues, // CSSA welcomes the call and encloses its input on the oversight of private security firms guarding oil installations in the Niger Delta. // You are welcome to post our input on your webpage together with the other contributions. // Best wishes,
doc: docx CSSA_input_PMSC_oil.docx
page: Oversight of private security in the Niger Delta // Licensing of security firms remains with the police, which also rents out its own officers to the same oil companies.

=== fwd en A
note: inline forward from a colleague's mail: the original asks that the author's name be left out
from: Priya Raman | | priya.raman.research@mailbox.example
subject: testimony for the WG
outer: Sending this on again from my personal address, my university account is closing.
body: Hello, // I worked for two years as a translator for a contractor at a detention site. I describe below what I saw of the interrogations. // You can use and publish it, but please do not put my name on it, I still travel to the region. // Thank you,
names: Priya Raman; P. Raman; Raman

=== fwd en U
note: inline forward of a mail that says the paper is a draft and they will "confirm later" whether it may go online
from: Samuel Okonjo | Lakeside Peace Network | s.okonjo@lpn-ug.example
subject: LPN contribution (draft)
outer: See below, still valid.
body: Dear Sir or Madam, // Please find our contribution attached. Our board has not yet decided whether it can be made public; we will confirm before the deadline whether it can appear online. // Regards,
doc: docx LPN_contribution_draft.docx
page: Recruitment of Ugandan guards for Gulf security firms // Recruits sign contracts in English they cannot read and surrender their passports on arrival.

=== fwd en S
note: inline forward of a plain submission; nothing said about publication anywhere
from: Helen Brightwater | Security Contracting Watch | helen@scwatch.example
subject: SCW submission - procurement data
outer: Forwarding as requested by your colleague on the phone this morning.
body: Dear Working Group, // Our submission analyses 340 public procurement notices for armed guarding services published by six ministries between 2015 and 2019. // With best regards,
doc: pdf SCW_procurement_analysis.pdf
page: Public procurement of armed guarding, 2015-2019 // Contract values rose fourfold while the number of bidders fell.

=== fwd en N
note: a forwarded conference invitation, not a submission
from: Ahmad Siddiqui | Institute of Conflict Studies | a.siddiqui@ics-pk.example
subject: Invitation: roundtable on private security regulation
outer: Thought the Working Group might like to attend, forwarding our invitation.
body: Dear colleague, // The Institute will host a roundtable on the regulation of private security providers on 14 May in Islamabad. Registration closes on 30 April. // Warm regards,

=== fwdatt en C
note: attached forward of the organisation's submission; the outer text by the director asks it be kept confidential
from: Lena Vasquez | Border Rights Collective | director@brc-mx.example
subject: BRC submission on private guards at migrant shelters
outer: Dear Secretariat, // Attached is the submission my colleague sent last Friday. Having read it again, I must ask that you treat it as confidential and keep it off the website: it identifies two shelters. // Best,
inner: Mario Ortega | m.ortega@brc-mx.example
body: Hello, // Here is our input on the private guards hired at shelters along the northern border, with six case summaries. // Regards,
doc: pdf BRC_shelters_private_guards.pdf
page: Private guards at migrant shelters // Six case summaries of migrants held by contracted guards without access to a lawyer.

=== fwdatt en P
note: attached forward; the outer text says the forwarded paper may be published
from: Daniel Hartmann | Centre for Military Outsourcing Studies | d.hartmann@cmos.example
subject: Paper on PMSC liability
outer: Dear colleagues, // I am forwarding the paper Dr Li sent you in February, now that our centre has cleared it: the Working Group may publish it on its site. // Best regards,
inner: Wei Li | w.li@cmos.example
body: Dear Working Group, // Please find attached our paper on the civil liability of private military companies for acts of subcontractors. // Kind regards,
doc: docx CMOS_liability_paper.docx
page: Civil liability of private military companies for subcontractors // Courts in three jurisdictions have refused to pierce the contractual chain.

=== fwdatt en A
note: attached forward; the outer text asks that the forwarded witness statement be published without the witness's name
from: Rebecca Storm | Veterans for Accountability | r.storm@vfa.example
subject: Witness statement of a former contractor
outer: Dear Secretariat, // The attached message is the statement a former contractor sent to our helpline. He agrees to its publication provided his name and his unit are not mentioned anywhere. // Rebecca
inner: Joseph Kaplan | jk.helpline.sender@mailbox.example
body: To whoever reads this, // I served as a contractor at a forward operating base in 2008 and I want the Working Group to know how detainees were handed over without records. // J. Kaplan
names: Joseph Kaplan; J. Kaplan; Kaplan

=== fwdatt en U
note: attached forward; outer text says the statement is "not for wide distribution" and asks the WG to "use discretion"
from: Fatima Al-Sayed | Gulf Migrant Workers Support | fatima@gmws.example
subject: Testimonies from security guards
outer: Dear all, // Forwarding the testimonies our caseworker collected. These are not for wide distribution, so please use your discretion with them. // Fatima
inner: Omar Haddad | omar.h@gmws.example
body: Fatima, here are the four testimonies from the guards at the compound, translated from Nepali. // Omar
doc: docx GMWS_guard_testimonies.docx
page: Testimonies of four security guards // The guards worked 84-hour weeks and were not paid for three months.

=== fwdatt en S
note: attached forward of a submission; neither outer nor inner text speaks of publication
from: Oliver Pennington | Private Security Governance Project | oliver.p@psgp.example
subject: PSGP comments on the draft instrument
outer: Dear Secretariat, // For your records, forwarding the comments we sent to the intergovernmental working group, which answer the questions of your call as well. // Oliver
inner: Oliver Pennington | oliver.p@psgp.example
body: Dear Chair, // Enclosed are the Project's comments on article 7 (licensing) and article 12 (remedies) of the revised draft. // Oliver Pennington
doc: pdf PSGP_comments_article7_12.pdf
page: Comments on the revised draft instrument // Article 7 should require licensing in the home State as well as the territorial State.

=== fwdatt en C
note: attached forward; the forwarded message is clean but the outer text says "for the Working Group's eyes only"
from: Nadia Bellamy | Coastal Communities Alliance | nadia@cca-ke.example
subject: Our report on maritime security contractors
outer: Hi, // Forwarding the report my colleague sent. Please note this is for the Working Group's eyes only and should not be shared further. // Nadia
inner: Peter Mwangi | p.mwangi@cca-ke.example
body: Dear Secretariat, // Attached is our report on the conduct of armed guards on fishing vessels off the coast of Lamu. // Peter
doc: pdf CCA_maritime_guards.pdf
page: Armed guards on fishing vessels off Lamu // Fishers report warning shots fired by guards on foreign trawlers.

=== bottom en C
note: bottom-posted reply under the call's quoted text: asks that the submission not be made public
from: Michael Osei | Ghana Coalition on Small Arms | m.osei@gcsa.example
subject: Re: Call for inputs - PMSCs and the extractive sector
quote: The Working Group invites States and other stakeholders to submit inputs. // Submissions will be published on the OHCHR website unless otherwise requested.
body: Dear Working Group, // Please find our input attached. We request that it not be made public, as it names mine managers who are under investigation. // Regards,
doc: docx GCSA_input_mines.docx
page: Security at small-scale gold mines in Ghana // Private guards at two concessions detained miners for days in shipping containers.

=== bottom en P
note: bottom-posted reply; below the quote, consent to publication
from: Sarah Lindqvist | Nordic Business and Human Rights Lab | s.lindqvist@nbhr.example
subject: Re: Call for inputs on PMSCs
quote: Deadline: 31 March 2020. // Please indicate whether you consent to the publication of your submission.
body: Hello, // Our submission is attached, and yes, we consent to its publication. // Sarah
doc: pdf NBHR_due_diligence.pdf
page: Human rights due diligence by clients of security companies // Few Nordic companies ask their security suppliers about use-of-force training.

=== bottom en A
note: bottom-posted reply: publish but without the sender's name, for safety
from: Hassan Noor | | hassan.noor.writes@mailbox.example
subject: Re: call for inputs
quote: Submissions will be published on the OHCHR website unless otherwise requested.
body: Dear team, // I was a guard at a refugee camp run with a private contractor and I attach my account. It may be published but without my name please, I fear for my family. // Hassan
doc: docx account_camp_guard.docx
page: My account of the camp // Guards were told to stop people leaving at night by any means.
names: Hassan Noor; H. Noor; Noor

=== bottom en U
note: bottom-posted reply: asks to "check with us before anything goes public"
from: Claire Dubois-Reid | Humanitarian Security Forum | c.reid@hsf.example
subject: Re: Call for inputs
quote: Submissions will be published on the OHCHR website unless otherwise requested.
body: Dear colleagues, // Our note is attached. Could you check with us before anything goes public? Some of the figures may still change. // Claire
doc: pdf HSF_note_security_NGOs.pdf
page: Security arrangements of humanitarian NGOs // Half of the surveyed NGOs use armed escorts from private companies.

=== bottom en S
note: bottom-posted reply that says nothing about publication
from: Kevin Achterberg | Law Faculty, University of Pretoria | kevin.achterberg@up-law.example
subject: Re: Call for inputs - PMSCs
quote: The Working Group invites States and other stakeholders to submit inputs.
body: Dear Working Group, // Attached is a short note on the South African Private Security Industry Regulation Amendment Act and the foreign ownership limit. // Regards,
doc: pdf note_PSIRA_amendment.pdf
page: The foreign ownership limit in the PSIR Amendment Act // The 51 per cent local ownership requirement has not yet entered into force.

=== bottom en C
note: bottom-posted reply to the secretariat's reminder: confidential request under the quote, with an HTML-less plain body
from: Ayesha Rahman | Rohingya Women's Voice | ayesha@rwv.example
subject: Re: Reminder - call for inputs closes soon
quote: This is a reminder that the call for inputs closes on 31 March. // Submissions received will be posted online.
body: Thank you for the reminder. // Our testimonies are attached. They must stay with the Working Group only and should not be posted online, the women could be recognised. // Ayesha
doc: docx RWV_testimonies.docx
page: Testimonies from Cox's Bazar // Women described night searches by private guards contracted by a camp authority.

=== memo en C
note: body starts with a memo header; the request is in the body under it
from: Daniel Kruger | Office of the Inspector of Custodial Services | d.kruger@oics.example
subject: Private operators of immigration detention
date: 3 March 2020
body: 1. This memorandum responds to the call for inputs. // 2. It summarises our inspections of two immigration detention centres run by a private operator. // 3. The memorandum is provided in confidence and is not for publication.
doc: pdf OICS_memo_inspections.pdf
page: Inspections of privately operated detention centres // Use of force was recorded on 47 occasions in 2019, with CCTV missing for 12.

=== memo en P
note: memo header body; consent stated in point 4
from: Linda Osterberg | Parliamentary Research Service | l.osterberg@prs.example
subject: Briefing note for the Working Group
date: 5 March 2020
body: Purpose: to share the Service's briefing on the regulation of private security exports. // Background: the export licensing regime covers equipment but not services. // Publication: this note is public and the Working Group may publish it.

=== memo en A
note: memo header body; the writer asks that the note be published without the unit's name
from: Capt. Brian Mulligan | Veterans Legal Clinic | b.mulligan@vlc.example
subject: Contractors in convoy escort, 2006-2009
date: 6 March 2020
body: Summary: eyewitness account of escalation-of-force incidents by convoy escort contractors. // Handling: you may publish this note, but please remove my name and the clinic's name before doing so. // Detail: three incidents near Route Irish are described in the annex.
names: Brian Mulligan; B. Mulligan; Mulligan; Veterans Legal Clinic

=== memo en U
note: memo header; marked "restricted" with no further word
from: Jennifer Ahlborn | Regional Security Observatory | j.ahlborn@rso.example
subject: RSO observations
date: 2 March 2020
body: Classification: RESTRICTED // 1. The Observatory notes a rise in the use of private companies to guard border crossings. // 2. We would be glad to discuss these findings with the Working Group.

=== memo en S
note: memo header; nothing about publication
from: Rafael Dominguez | Ministry of Interior, Legal Department | r.dominguez@interior-gov.example
subject: Information requested by the Working Group
date: 9 March 2020
body: Reference: call for inputs of 10 December 2019. // The Ministry licenses 212 private security companies, of which 14 are authorised to carry firearms. // Inspections are carried out twice a year by the licensing unit.

=== memo en N
note: memo header of an internal note forwarded by mistake: a meeting schedule, not a submission
from: Angela Fitzroy | Amnesty Outreach Team | a.fitzroy@outreach.example
subject: Schedule for the Geneva week
date: 1 March 2020
body: Monday: meetings with missions. // Tuesday: side event on drones at 13:00, room XXIV. // Wednesday: travel back, expenses forms to Angela by Friday.

=== middle en C
note: three-page PDF; the confidentiality request is on page 2 only
from: Edward Chalmers | Corporate Accountability Unit | e.chalmers@cau.example
subject: CAU submission - security at palm oil plantations
body: Dear Working Group, // Our submission is attached. // Kind regards,
doc: pdf CAU_palm_oil_security.pdf
page: Security at palm oil plantations in West Kalimantan // Corporate Accountability Unit, March 2020
page: A note on handling: this submission is sent in confidence and we ask that it not be published, because it relies on plantation workers still employed there. // Method: interviews with 31 workers and two former guards.
page: Findings // Guards contracted by the plantation manager confiscated workers' identity cards.

=== middle en A
note: three-page DOCX; page 2 asks that the author's name be withheld
from: Yusuf Karimi | | yusuf.karimi@mailbox.example
subject: Personal submission
body: Good afternoon, // I am sending my personal submission in the attached file. // Yusuf
doc: docx Submission_YK.docx
page: Submission to the Working Group on the use of mercenaries // Personal testimony
page: About this testimony: you may publish it, but please withhold my name; I work in the sector and would lose my job. // I was employed as a site security supervisor in Kabul from 2011 to 2014.
page: What I saw // Local guards were paid less than half of what the contract stated.
names: Yusuf Karimi; Y. Karimi; Karimi

=== middle en P
note: three-page PDF; consent on page 2
from: Moira Gallagher | Irish Centre for Human Rights Research | m.gallagher@ichrr.example
subject: ICHRR input
body: Dear colleagues, // Attached is our input. // Best,
doc: pdf ICHRR_input.pdf
page: Input to the Working Group // Irish Centre for Human Rights Research
page: We are happy for this input to be published on the OHCHR website. // 1. Extraterritorial obligations of home States over security companies.
page: 2. Remedies // Victims abroad face forum non conveniens objections in Irish courts.

=== middle en U
note: three-page DOCX; page 2 has "draft - not for circulation" while the mail says it may be published
from: Gareth Owusu | Pan-African Security Sector Network | g.owusu@passn.example
subject: PASSN paper on private security in West Africa
body: Dear Working Group, // Please find our paper attached; it may be published. // Gareth
doc: docx PASSN_paper.docx
page: Private security in West Africa: a regional overview // Pan-African Security Sector Network
page: DRAFT - not for circulation or citation. // Regional legislation varies: four States ban armed private guards outright.
page: Recommendations // ECOWAS should adopt a regional code of conduct.

=== middle en C
note: three-page PDF; page 2 says the annex and the report are "for internal use of the Working Group"
from: Iman Farouk | Sinai Human Rights Monitor | i.farouk@shrm.example
subject: Report on contractor checkpoints
body: Dear Sir/Madam, // Our report is attached. // Iman Farouk
doc: pdf SHRM_checkpoints.pdf
page: Contractor-run checkpoints in North Sinai // Sinai Human Rights Monitor
page: This report is for the internal use of the Working Group; please do not disseminate it. // Since 2018 private contractors have staffed three checkpoints.
page: Incidents // Nine people were detained at the checkpoints for more than 24 hours.

=== middle en S
note: three-page PDF, nothing about publication on any page
from: Stephen Marlowe | Security Studies Programme | s.marlowe@ssp-uni.example
subject: Research note on drone operators
body: Dear Working Group, // A research note on contractors operating armed drones is attached. // Stephen Marlowe
doc: pdf SSP_drone_contractors.pdf
page: Contractors and armed drones // Security Studies Programme research note 4
page: Contractors fly surveillance missions and maintain armed aircraft in at least two theatres. // Targeting remains with uniformed personnel, on paper.
page: Conclusion // The line between maintenance and operation is blurred.

=== form en P
note: Word form with legacy check boxes: "Yes, publish" ticked, "No" empty
from: Alison Carter | Justice Initiative for Security Workers | a.carter@jisw.example
subject: Completed submission form
body: Dear Secretariat, // Please find our completed form attached. // Alison
form: docx-legacy
doc: docx JISW_submission_form.docx
page: Submission form - call for inputs on PMSCs // Organisation: Justice Initiative for Security Workers // Summary: guards employed through agencies lack sick pay and insurance.
box: [x] Yes, the submission may be published on the OHCHR website
box: [ ] No, the submission must not be published

=== form en C
note: Word form with content-control check boxes: "Do not publish" ticked
from: Benjamin Oduya | Turkana Pastoralist Council | b.oduya@tpc.example
subject: Form for the call
body: Hello, // The form is attached with our answers. // Benjamin
form: docx-sdt
doc: docx TPC_form.docx
page: Submission form // Organisation: Turkana Pastoralist Council // Contribution: armed guards of an oil exploration company fenced off water points used by herders.
box: [ ] I agree to the publication of this submission
box: [x] I do not agree to the publication of this submission

=== form en A
note: Word form with symbol-font glyphs: publish ticked and "publish anonymously" ticked
from: Louise Fairbanks | | louise.fairbanks@mailbox.example
subject: my form
body: Hi, // Here is my form. // Louise
form: docx-glyph
doc: docx form_LF.docx
page: Submission form // Name: Louise Fairbanks // Contribution: I worked as a medic for a contractor and describe the treatment of injured local staff.
box: [x] The submission may be published
box: [x] Please publish it anonymously (without my name)
box: [ ] The submission must remain confidential
names: Louise Fairbanks; L. Fairbanks; Fairbanks

=== form en U
note: Word form with Wingdings boxes: both "publish" and "do not publish" ticked
from: Rashid Mahmoud | Darfur Diaspora Association | r.mahmoud@dda.example
subject: submission form DDA
body: Dear Working Group, // Attached is our form. // Rashid
form: docx-wingdings
doc: docx DDA_form.docx
page: Submission form // Organisation: Darfur Diaspora Association // Contribution: recruitment of Sudanese fighters by a private company for service in Libya.
box: [x] Yes, you may publish this submission
box: [x] No, please keep it confidential

=== form en C
note: PDF AcroForm check boxes: "Confidential" ticked, the consent box off
from: Harriet Nwosu | Port Harcourt Women's Forum | h.nwosu@phwf.example
subject: PHWF submission form
body: Dear Secretariat, // The filled-in form is attached. // Harriet
form: pdf-check
doc: pdf PHWF_form.pdf
page: Submission form - call for inputs // Port Harcourt Women's Forum // Contribution: sexual harassment of market women by guards at a pipeline right of way.
box: [ ] I consent to the publication of this submission on the OHCHR website
box: [x] This submission is confidential and must not be published

=== form en P
note: PDF AcroForm text field "Publication (Yes/No)" filled "Yes"
from: Jonathan Meyers | Geneva Forum on Security Governance | j.meyers@gfsg.example
subject: GFSG form
body: Dear colleagues, // Our form is attached. // Jonathan
form: pdf-text
doc: pdf GFSG_form.pdf
page: Submission form // Geneva Forum on Security Governance // Contribution: a survey of national legislation on private security in 40 States.
box: May the Working Group publish this submission? (Yes/No) = Yes

=== form en C
note: PDF AcroForm text field "Publication (Yes/No)" filled "No"
from: Mercy Achieng | Mombasa Dockworkers Union | m.achieng@mdu.example
subject: Union submission form
body: Dear Sir or Madam, // Attached. // Mercy
form: pdf-text
doc: pdf MDU_form.pdf
page: Submission form // Mombasa Dockworkers Union // Contribution: dockworkers searched and detained by a private port security company.
box: May the Working Group publish this submission? (Yes/No) = No

=== html en C
note: HTML body where bold and a link split the refusal sentence
from: Naomi Whitfield | Prison Privatisation Watch | n.whitfield@ppw.example
subject: PPW submission
html: <p>Dear Working Group,</p><p>Our submission on privately run prisons is attached below in the text.</p><p>Private operators now hold 18 per cent of prisoners, and inspection reports are withheld from parliament.</p><p>Please <b>do not</b> publish this <a href="https://ppw.example/submission">submission</a> on your website.</p><p>Naomi Whitfield<br>Prison Privatisation Watch</p>

=== html en A
note: HTML body; the anonymity request is split by a link and italics
from: Musa Abubakar | | musa.abubakar.nw@mailbox.example
subject: About contractors in the north-east
html: <div>Hello,</div><div>I drove for a security contractor in Borno for three years. Drivers were ordered to keep going when civilians were hit.</div><div>You can publish this but <i>without</i> my <a href="https://mailbox.example/profile">name</a>, please.</div><div>Musa</div>
names: Musa Abubakar; M. Abubakar; Abubakar

=== html en P
note: HTML body; consent with bold on "publish"
from: Eleanor Hughes | Responsible Security Association | e.hughes@rsa-industry.example
subject: RSA response to the call
html: <p>Dear Secretariat,</p><p>The Responsible Security Association represents 60 companies and supports the Working Group's work on standards for the industry.</p><p>Our member companies train guards on the use of force under the International Code of Conduct.</p><p>We are pleased for you to <b>publish</b> this response in full.</p><p>Eleanor Hughes, Policy Director</p>

=== html en U
note: HTML body: "please keep this <b>low profile</b>" - neither a refusal nor consent
from: Tobias Grant | Frontline Journalists Network | t.grant@fjn.example
subject: information on contractors and journalists
html: <p>Dear colleagues,</p><p>Three reporters covering a mining dispute were followed and filmed by guards from a private company in 2019.</p><p>We would ask you to keep this <b>low profile</b> for now, <a href="https://fjn.example/alerts">see our alerts page</a>.</p><p>Tobias</p>

=== html en S
note: HTML body with markup, nothing about publication
from: Patricia Langley | Centre for Peace Economics | p.langley@cpe.example
subject: CPE contribution
html: <p>Dear Working Group,</p><p>The Centre estimates that spending on private security in conflict zones reached <b>USD 30 billion</b> in 2018, of which most came from <a href="https://cpe.example/data">extractive companies</a>.</p><p>Patricia Langley</p>

=== html en N
note: HTML newsletter from a think tank, not a submission
from: Newsletter | Defence Insight | news@defenceinsight.example
subject: Defence Insight weekly - March issue
html: <h1>Defence Insight weekly</h1><p>This week: contractors in the Sahel, a new drone export rule, and our <a href="https://defenceinsight.example/events">events</a>.</p><p><a href="https://defenceinsight.example/unsubscribe">Unsubscribe</a></p>

=== zip en C
note: zip in a zip: the confidentiality request is in the DOCX in the inner archive; the mail says nothing
from: Victor Lamb | Maritime Labour Observatory | v.lamb@mlo.example
subject: MLO submission (archive)
body: Dear Working Group, // Our submission and annexes are in the attached archive. // Victor
zip: MLO_submission.zip
through: annexes.zip
doc: docx MLO_cover_letter.docx
page: Cover letter // The Observatory's submission on floating armouries in the Red Sea is confidential and may not be published.

=== zip en P
note: zip in a zip: consent in the inner PDF
from: Georgina Hale | Africa Security Governance Institute | g.hale@asgi.example
subject: ASGI contribution
body: Dear colleagues, // All our documents are in the zip. // Georgina
zip: ASGI_contribution.zip
through: documents.zip
doc: pdf ASGI_letter.pdf
page: Letter to the Working Group // ASGI agrees to the publication of its contribution on the OHCHR website. // Our contribution covers licensing of guards in 12 African States.

=== zip en A
note: zip in a zip: inner DOCX asks for publication without the author's name
from: Liam O'Connor | | liam.oconnor.ie@mailbox.example
subject: files
body: Hi, // I zipped everything, the statement is inside. // Liam
zip: files.zip
through: statement.zip
doc: docx my_statement.docx
page: Statement // I was recruited in Dublin for a security job in Iraq that turned out to be armed combat support. You may publish this, but not my name.
names: Liam O'Connor; L. O'Connor; O'Connor

=== zip en U
note: zip in a zip: inner document says "embargoed until further notice"
from: Rosa Kimathi | Eastern Africa Investigative Desk | r.kimathi@eaid.example
subject: EAID material
body: Dear Working Group, // Please see the attached archive. // Rosa
zip: EAID_material.zip
through: report.zip
doc: pdf EAID_investigation.pdf
page: Investigation: security contractors and land evictions // Embargoed until further notice. // Guards took part in three forced evictions near Lake Naivasha.

=== zip en S
note: zip in a zip, nothing about publication
from: Martin Sorensen | Danish Institute for Conflict Research | m.sorensen@dicr.example
subject: DICR input
body: Dear Secretariat, // Our input is attached as an archive. // Martin
zip: DICR_input.zip
through: input.zip
doc: docx DICR_input.docx
page: DICR input // Danish shipping companies hire armed guards on about 40 per cent of transits through the Gulf of Aden.

=== thread en C
note: a later message from the same sender, new subject, no "Re:", asks that the earlier submission stay confidential
from: Sophie Grantham | Mining Communities Support Network | s.grantham@mcsn.example
subject: MCSN submission
body: Dear Working Group, // Our submission on security at the copper mines is attached. // Sophie
doc: pdf MCSN_copper_mines.pdf
page: Security at the copper mines // Guards shot at illegal miners on four occasions in 2019.
mail: 2 | | Sophie Grantham | one more thing
body: Hello again, // Our partners on the ground have asked that the report we sent on Monday be kept confidential. Please do not publish it. // Sophie

=== thread en P
note: a later message lifts an earlier "please hold"; the follow-up is imported before the original
from: Andrew McKenzie | Scottish Centre for Rights at Work | a.mckenzie@scrw.example
subject: SCRW contribution - please hold
body: Dear colleagues, // Attached is our contribution. Please hold off publishing it until our trustees have seen it. // Andrew
doc: docx SCRW_contribution.docx
page: Security workers in the offshore sector // Offshore guards are hired on rolling 28-day contracts.
mail: 4 | | Andrew McKenzie | trustees' decision
body: Dear colleagues, // The trustees met yesterday: you may now publish our contribution on your website. // Andrew
order: 1 0

=== thread en C
note: a later message tightens an earlier consent: the follow-up imported first asks not to publish after all
from: Julia Brennan | Refugee Legal Network | j.brennan@rln.example
subject: Submission from RLN
body: Dear Working Group, // Our submission is attached and may be published. // Julia
doc: pdf RLN_submission.pdf
page: Private contractors at reception centres // Contract staff carry out age assessments without training.
mail: 3 | | Julia Brennan | change of mind
body: Dear Working Group, // After consulting the families we have decided the submission should not be published after all. Please keep it confidential. // Julia
order: 1 0

=== thread en P
note: a colleague at the same university sends her own "final version" of a different paper; the first paper keeps its own consent
from: Ruth Abernathy | School of Law, Eastbridge University | r.abernathy@eastbridge.example
subject: Paper on PMSC accountability
body: Dear Working Group, // My paper on the accountability of security contractors is attached; you may publish it. // Ruth Abernathy
doc: pdf Abernathy_PMSC_accountability.pdf
page: Accountability of security contractors // Criminal jurisdiction over contractors abroad remains patchy.
mail: 2 | k.dlamini@eastbridge.example | Kagiso Dlamini | Final version of my submission
org: School of Law, Eastbridge University
body: Dear Secretariat, // Please find the final version of my submission on private guards in southern African mines. // Kagiso Dlamini
doc: pdf Dlamini_final_version.pdf
page: Private guards in southern African mines // Licensing authorities have no inspectors in mining areas.
labels: S

=== thread en A
note: the same person writes again from a free-mail address asking that her name be left off the earlier submission
from: Miriam Solberg | Oslo Peace Institute | m.solberg@opi.example
subject: Submission - contractors in peace operations
body: Dear colleagues, // Attached is my paper on contractors in UN peace operations. It may be published. // Miriam
doc: docx Solberg_contractors_peace_ops.docx
page: Contractors in peace operations // Logistics contractors have taken on guarding tasks at several missions.
mail: 3 | miriam.solberg@mailbox.example | Miriam Solberg | my paper
org:
body: Hello, I am writing from my private address. On reflection, please publish my paper without my name, I am applying for a post in one of the missions. // Miriam
order: 1 0
names: Miriam Solberg; M. Solberg; Solberg; Oslo Peace Institute

=== thread en U
note: a later message from the same sender says "we may need to withdraw parts" with no decision
from: Christopher Hale | Frontier Rights Group | c.hale@frg.example
subject: FRG submission
body: Dear Working Group, // Our submission is attached. // Chris
doc: pdf FRG_submission.pdf
page: Contractors on the frontier // Private guards now staff four border posts.
mail: 2 | | Christopher Hale | about our document
body: Dear all, // We may need to withdraw parts of the document we sent, as one source has raised concerns. I will come back to you. // Chris

=== thread en S
note: two messages, the second only corrects a figure; nothing about publication in either
from: Anita Desai | South Asia Labour Rights Centre | a.desai@salrc.example
subject: SALRC submission on guards
body: Dear Working Group, // Our submission is attached. // Anita
doc: docx SALRC_guards.docx
page: Security guards from South Asia in the Gulf // Recruitment fees averaged USD 1,800.
mail: 1 | | Anita Desai | correction to figure
body: Dear colleagues, // A small correction: the average recruitment fee in section 2 should read USD 1,600, not 1,800. // Anita

=== thread en C
note: three mails: submission, a question, then a later mail (imported first) asking confidentiality
from: Farhan Qureshi | Karachi Legal Aid Society | f.qureshi@klas.example
subject: KLAS input
body: Dear Secretariat, // Please find the KLAS input attached. // Farhan
doc: pdf KLAS_input.pdf
page: Private security and enforced disappearances // Two disappearances were traced to guards of a housing scheme.
mail: 1 | | Farhan Qureshi | deadline question
body: Dear Secretariat, could you confirm you received our input? // Farhan
mail: 5 | | Farhan Qureshi | request regarding KLAS input
body: Dear Secretariat, // The families concerned have asked us to request that our input be kept strictly confidential and not published. // Farhan
order: 2 0 1
labels: N N
=== zip en C
note: zip in a zip: the inner PDF's page 2 says the report is for the Working Group only; the mail says nothing
from: Hannah Kowalski | Central European Arms Monitor | h.kowalski@ceam.example
subject: CEAM report
body: Dear colleagues, // The report and data tables are in the attached archive. // Hannah
zip: CEAM_report.zip
through: report_files.zip
doc: pdf CEAM_report.pdf
page: Brokering of security services from Central Europe // Central European Arms Monitor
page: This report is shared with the Working Group only and must not be published or circulated. // Eleven brokers placed former soldiers with companies in Libya and Yemen.
=== thread en P
note: a colleague at the same organisation sends the "final version" replacing the draft her colleague sent; the final version consents, the draft is superseded
from: Owen Pritchard | Centre for Civilians in Conflict Research | o.pritchard@cccr.example
subject: CCCR draft input
body: Dear Working Group, // Ahead of the deadline, here is a draft of our input on contractor-run checkpoints. Our director will send the final text. // Owen
doc: docx CCCR_draft_input.docx
page: Contractor-run checkpoints (draft) // Civilians wait up to six hours at checkpoints staffed by contractors.
mail: 5 | director@cccr.example | Imogen Blake | CCCR input - final version
org: Centre for Civilians in Conflict Research
body: Dear Working Group, // Please find the final version of our Centre's input, which replaces the draft Owen sent last week. You may publish it. // Imogen Blake, Director
doc: pdf CCCR_input_final.pdf
page: Contractor-run checkpoints // Civilians wait up to six hours at checkpoints staffed by contractors, and complaints go unanswered.
labels: P
superseded: yes

=== thread en C
note: the same person sends a "final version" from a free-mail address, imported first, asking that it be kept confidential; the first version is replaced and held
from: Declan Mooney | Institute for Maritime Law | d.mooney@iml.example
subject: Submission on armed guards at sea
body: Dear Working Group, // My submission on the use of force by armed guards at sea is attached. // Declan Mooney
doc: pdf Mooney_guards_at_sea.pdf
page: Use of force by armed guards at sea // Flag States rarely investigate warning shots.
mail: 3 | declan.mooney@mailbox.example | Declan Mooney | final version of my submission
org:
body: Dear Working Group, // Writing from my own address: attached is the final version of my submission, which replaces the one I sent from the Institute. Please keep it confidential, I will explain by phone. // Declan
doc: pdf Mooney_final.pdf
page: Use of force by armed guards at sea (final) // Flag States rarely investigate warning shots, and masters do not report them.
order: 1 0
labels: C
superseded: yes
"""
