# ruff: noqa: E501 - whole messages, kept as written
"""The fifth collection's English messages (layout: adv5_cases.py)."""

TEXT = """
### refusal C | negated agreement in the middle of the second paragraph
From: Grace Okafor <g.okafor@lagoswatch.org>
Subject: Lagos Security Watch - input on private guards at oil installations

Dear Members of the Working Group,

Thank you for the call. Lagos Security Watch has followed the deployment of private guards around the Bonny terminal since 2016 and we attach a short paper on what we documented.

Several of the people we interviewed still live next to the terminal, and our board is not in agreement with the paper being made public in any form. It was written for you to read, not for your website.

We remain available for a call if that helps.

Warm regards,
Grace Okafor
Programme Lead, Lagos Security Watch
@@ pdf LSW_input_Bonny.pdf
Private guards at the Bonny terminal: what residents told us

Between 2016 and 2020 we recorded 41 incidents involving guards employed by contractors of the terminal operator, including beatings at the checkpoint on the fishermen's road.
%%
Recommendations: a public register of security contractors; vetting of guards; a complaint desk that residents can reach without crossing the checkpoint.

### refusal C | passive refusal in one line, then the submission
From: Thomas Becker <t.becker@uni-hamburg.example>
Subject: contribution - PMSC regulation in the EU

Dear colleagues, the attached may not be released or posted on the OHCHR site. It is a chapter of a book under contract.

Best,
Thomas Becker
Institute for International Law, University of Hamburg
@@ docx Becker_PMSC_regulation_chapter.docx
The patchwork: regulating private military and security companies in the European Union

Only eleven member states licence companies that offer armed services abroad. This chapter compares their regimes and the gaps between them.
%%
The chapter concludes that a directive on licensing, with a common register, would close the gaps exploited by companies that move between jurisdictions.

### refusal C | restricted audience: for the experts of the Working Group only
From: Priya Raman <priya@southasiacollective.org>
Subject: South Asia Collective submission

Hello,

Please find our submission attached. It is meant only for the experts of the Working Group and should not travel further than them.

Priya Raman
South Asia Collective for Labour Rights
@@ pdf SACLR_submission.pdf
Recruitment of former soldiers from Nepal and Sri Lanka as guards in the Gulf

We spoke to 23 men recruited between 2018 and 2021. Most paid recruitment fees above 1,500 USD and had their passports held by the employer.
%%
Several had been told they would guard hotels and were sent to sites in conflict areas instead.

### refusal C | "for internal use" said in the subject line
From: Samuel Mwangi <smwangi@kenyahrf.or.ke>
Subject: FOR INTERNAL USE - KHRF notes on security contractors in Somalia

Dear Secretariat,

Attached are our notes. We have not cleared them for any external audience beyond the mandate.

Kind regards,
Samuel Mwangi
Kenya Human Rights Forum
@@ docx KHRF_notes_Somalia.docx
Notes on security contractors operating out of Nairobi into Somalia

Three companies registered in Nairobi provide armed escorts to convoys in southern Somalia. Two of them employ former members of foreign forces.

### refusal C | not for publication, in the P.S.
From: Helen Carter <helen.carter@fairwork-monitor.org>
Subject: Fair Work Monitor - contribution

Dear Working Group,

Fair Work Monitor is pleased to contribute to your study on the human rights impact of private security in mining. Our report on two mines in the Andean region is attached, with the interview guide we used.

We found that private guards are routinely used to police protests, and that companies rarely investigate complaints about them.

With best wishes,
Helen Carter
Research Director

P.S. The report is not for publication; some of the workers are still employed at the mine.
@@ pdf FWM_mines_report.pdf
Private security at two Andean mines

Interviews with 37 workers and 12 community members, 2021-2022.
%%
Findings: guards policed protests on four occasions; complaints were closed without inquiry.
%%
Annex: interview guide.
@@ docx FWM_interview_guide.docx
Interview guide

1. How long have you worked at the mine? 2. Have you seen guards at a protest?

### refusal C | off the record
From: Ahmad Nasser <a.nasser@protonmail.example>
Subject: what I saw in Tripoli

Dear Sir or Madam,

I worked as a logistics contractor near Tripoli in 2019. I am writing off the record. What follows is for the Working Group and is not to be reproduced.

In August 2019 I saw foreign fighters arrive at the airbase in two chartered planes. They wore no insignia. They were paid in cash by a man who spoke Russian.

I can answer questions by e-mail.

A.N.

### refusal C | strictly for the Working Group, in a signature block
From: Lena Fischer <lena.fischer@ecchr-like.example>
Subject: Submission: accountability for private military contractors

Dear Working Group,

We attach our submission on the prosecution of contractors for crimes committed abroad, drawing on three cases we litigated.

Regards,

Lena Fischer
Senior Legal Advisor
European Centre for Litigation on Business and Conflict
Strictly for the Working Group. Not for onward distribution or publication.
@@ docx ECLBC_submission.docx
Prosecuting contractors for crimes committed abroad

Since 2010, only a handful of prosecutions have reached trial. We describe three cases and the obstacles each met: immunity agreements, evidence held abroad, and the lack of jurisdiction over foreign subsidiaries.

### refusal C | request only in the attached cover letter
From: Daniel Osei <dosei@ghanacivic.org>
Subject: Ghana Civic Forum input

Good afternoon,

Please see attached our cover letter and our input to the call.

Daniel Osei
@@ pdf GCF_cover_letter.pdf
Ghana Civic Forum
Accra, 14 March

To the Working Group on the use of mercenaries

Dear Members,

We are pleased to send you our input. We respectfully ask that it not be published on the OHCHR website or quoted in the report, as it concerns ongoing proceedings in Ghana.

Yours sincerely,
Daniel Osei, Coordinator
@@ docx GCF_input.docx
Private security in Ghana's gold mining areas

Guards employed by subcontractors have detained artisanal miners for days in containers at the Obuasi concession.

### refusal C | request on page 3 of the PDF
From: Rebecca Hall <rhall@conflictresearch.ac.uk>
Subject: Input - private security in refugee camps

Dear colleagues,

I attach a short research note on private security firms hired to manage access to camps in three countries. I hope it is useful to your work.

Best wishes,
Rebecca Hall
Lecturer, Centre for Conflict Research
@@ pdf Hall_research_note.pdf
Private security at the gates: access control in refugee camps

Research note, March 2022
%%
Firms hired by host governments decide who enters and leaves three camps we visited. Residents reported beatings and arbitrary bans.
%%
Methodology and consent

Interviews were conducted under a promise of confidentiality. For that reason this note must not be published or posted online; it is provided to the Working Group only.

### refusal C | "please don't put this on your website", informal and lowercase
From: Mark Jensen <markj1977@mailbox.example>
Subject: input

hi, i was a guard for a company in iraq 2006-2008. they made us work 16 hours, no pay for 3 months. the company still exists under a new name.
please dont put this on your website, i still work in the industry.
mark

### refusal C | note verbale: the present communication not to be made public
From: Permanent Mission of the Republic of Velora <mission.velora@mfa-velora.example>
Subject: Note verbale - reply to the questionnaire

Please find attached a note verbale from the Permanent Mission.
@@ pdf NV_Velora_2022_114.pdf
Note No. 114/2022

The Permanent Mission of the Republic of Velora to the United Nations Office at Geneva presents its compliments to the Office of the High Commissioner for Human Rights and, with reference to the call for inputs of the Working Group on the use of mercenaries, has the honour to transmit the following information.

The Republic of Velora does not license private military companies. The Ministry of Defence maintains a list of security providers authorised to guard diplomatic premises.
%%
The Permanent Mission requests that the present communication be treated as confidential and not be made public.

The Permanent Mission avails itself of this opportunity to renew to the Office the assurances of its highest consideration.

Geneva, 3 March 2022

### refusal C | "this message and its attachment" kept confidential, written in the body above the signature
From: Omar Haddad <ohaddad@levantrights.org>
Subject: submission on foreign fighters in Syria

Dear Working Group,

Our submission is attached. We ask that this message and its attachment be kept confidential and used only to inform your work; the families who spoke to us fear reprisals.

With respect,
Omar Haddad
Levant Rights Network
@@ docx LRN_foreign_fighters.docx
Foreign fighters recruited for the Syrian conflict: accounts from families

Families of 19 young men told us how recruiters approached them through social media and promised salaries of 1,200 USD a month.

### refusal C | follow-up without Re: adds the refusal
From: Hannah Lewis <hannah@migrantvoices.org.uk>
Subject: Migrant Voices submission PMSCs and detention

Dear Secretariat,

Our submission on private contractors in immigration detention is attached.

Best,
Hannah Lewis
Migrant Voices UK
@@ pdf MV_detention_submission.pdf
Private contractors in immigration detention

Four of the seven removal centres are run by private companies. We document use of force during removals and the lack of independent monitoring.
>>>
From: Hannah Lewis <hannah@migrantvoices.org.uk>
Subject: our paper on detention contractors

Dear Secretariat,

Apologies, I forgot to say in my earlier email: we would prefer that our paper is not published. It includes details from people who are still detained. Thank you for understanding.

Hannah

### refusal C | embargo that never lifts: "not to be made public at any time"
From: Jonathan Price <jprice@globalsecuritypolicy.org>
Subject: GSPI paper

Dear all,

Attached is our policy paper. To be clear, it is not to be made public at any time, now or after the report is issued.

Jonathan Price
Global Security Policy Institute
@@ docx GSPI_policy_paper.docx
Policy paper: extraterritorial licensing of security exports

We recommend that States license the export of security services as they license arms.

### refusal C | double negative: "we cannot agree to"
From: Fatima Yusuf <fyusuf@sahelwomen.org>
Subject: Sahel Women Network - contribution to the call

Dear Madam, dear Sir,

Thank you for your call for inputs on mercenary activity in the Sahel. We have prepared a short contribution based on testimonies from women in central Mali, attached.

Unfortunately we cannot agree to its publication, even without names, because the villages are small and the women would be recognised.

Fatima Yusuf
Coordinator, Sahel Women Network
@@ pdf SWN_contribution.pdf
Testimonies from central Mali

Women from four villages described operations by foreign armed personnel in 2022, including the detention of men at the market and the burning of granaries.

### refusal C | HTML-style emphasis in plain text: DO NOT PUBLISH between stars
From: Kevin O'Brien <kobrien@irishpeacecentre.example>
Subject: Irish Peace Centre input

Dear Working Group,

Please find our input attached. *Do not publish* - it is a working draft shared so that you have our evidence in time.

Kevin O'Brien
@@ docx IPC_input_draft.docx
Draft - Irish Peace Centre

Irish nationals recruited by private security companies for work in Iraq and Afghanistan, 2004-2014.

### refusal C | treat with discretion and keep out of the public record
From: Claire Dubois-Smith <cds@humanrightsfirst-partners.example>
Subject: Submission regarding contractors in Afghanistan

Dear Secretariat,

I am submitting, in my personal capacity, the enclosed account of my work as a monitor in Kabul. I would be grateful if you treated it with the utmost discretion and kept it out of the public record.

Yours faithfully,
Claire Dubois-Smith
@@ pdf Account_Kabul_monitor.pdf
Account of a monitor

From 2009 to 2012 I monitored the conduct of security contractors at three bases near Kabul.

### refusal C | conditional consent that did not happen: "unless we confirm, do not publish"
From: Yusuf Demir <ydemir@anatoliahr.org>
Subject: Anatolia HR contribution

Dear colleagues,

Our contribution is attached. Please do not publish it unless we confirm in writing that we agree; our lawyers are still reviewing it.

Yusuf Demir
Anatolia Human Rights Association
@@ docx AHRA_contribution.docx
Recruitment of Syrian fighters for Libya and Nagorno-Karabakh

Between 2019 and 2021 recruiters in northern Syria offered contracts of three months to young men.

### refusal C | company: commercially sensitive, not for disclosure
From: Legal Department, Sentinel Risk Ltd <legal@sentinelrisk.example>
Subject: Sentinel Risk Ltd - response to the Working Group

Dear Working Group,

Sentinel Risk Ltd welcomes the opportunity to respond. Our response is attached. It contains commercially sensitive information and is provided on the basis that it will not be disclosed to third parties or published.

Sentinel Risk Ltd, Legal Department
Registered in England and Wales No. 0000000
@@ pdf Sentinel_response.pdf
Response of Sentinel Risk Ltd

We operate in 14 countries and apply the International Code of Conduct for Private Security Service Providers. Our grievance mechanism received 22 complaints in 2021.

### refusal C | request in a reply below the quoted call
From: Nadia Karim <nadia.karim@bdrights.org>
Subject: Re: Call for inputs - mercenaries and private security

Dear colleagues, our input is attached. Please keep it confidential.

Nadia Karim
Bangladesh Rights Forum

On 10 Jan, WG Mercenaries wrote:
> The Working Group invites States and other stakeholders to send inputs.
> Inputs will be published on the OHCHR website unless otherwise requested.
@@ docx BRF_input.docx
Bangladeshi workers recruited as guards abroad

Recruiting agencies in Dhaka placed 300 men as guards with a company in Qatar in 2021.

### refusal C | keep between us, two lines
From: Rosa Martinez <rosa.m@freemail.example>
Subject: about my brother

My brother was recruited in 2020 for a "security job" in Libya and has not come back. I want the Working Group to know, but please keep this between us and the experts.
Rosa

### anonymity A | safety reason for not being identified
names: Michael Adeyemi; M. Adeyemi; Adeyemi
From: Michael Adeyemi <m.adeyemi@lightmail.example>
Subject: Testimony: guards at Port Harcourt

Dear Working Group,

I am a community organiser in Rivers State. I attach my testimony about guards hired by a pipeline contractor. You may use and publish it, but for my safety I must not be identified in any way.

Michael Adeyemi
@@ pdf Testimony_Port_Harcourt.pdf
Testimony

In March 2021 guards employed by a pipeline contractor beat three young men who were fishing near the line. I took them to the clinic.

Michael Adeyemi

### anonymity A | publish but keep our association out of it
names: Riverside Residents Association; RRA; Paul Whitaker; P. Whitaker
From: Paul Whitaker <secretary@riversideresidents.example>
Subject: Riverside Residents Association - evidence

Hello,

Attached is what our members saw when the security company took over the estate. Fine to publish, but please leave our association out of it - we still have to live with these people.

Paul Whitaker
Secretary, Riverside Residents Association (RRA)
@@ docx RRA_evidence.docx
Evidence from residents

Guards were posted at the estate gates from June. Residents were stopped and searched on their way home.

### anonymity A | "do not name me", in the middle of the story
names: Sarah Mbeki; S. Mbeki; Mbeki
From: Sarah Mbeki <sarah.mbeki@postbox.example>
Subject: Input on security contractors at the mine in Limpopo

Good day,

My husband worked for a security contractor at a platinum mine. In 2019 he was ordered to fire rubber bullets at strikers and refused, and was dismissed the same week. You can put this in the report but do not name me or him, his former colleagues know my name.

The contractor still guards the mine. Nobody has looked into what happened that week.

Sarah Mbeki

### anonymity A | "not for attribution"
names: Institute for Security Studies Nordic; ISSN; Erik Lund; E. Lund
From: Erik Lund <erik.lund@issnordic.example>
Subject: ISSN input to the Working Group

Dear colleagues,

Our brief on Nordic nationals in foreign armed groups is attached. You are welcome to use and publish its content, not for attribution: please do not cite ISSN or me as the source.

Erik Lund
Institute for Security Studies Nordic (ISSN)
@@ pdf ISSN_brief.pdf
Nordic nationals in foreign armed groups

Around 60 Nordic nationals have joined foreign armed formations since 2014, some through private recruiters.

Erik Lund, ISSN

### anonymity A | anonymous submission explicitly requested, signature with initials
names: Joseph Kamau; J. Kamau; J.K.; Kamau
From: Joseph Kamau <jkamau@safenet-africa.example>
Subject: submission - please publish anonymously

Dear Working Group,

Please publish this anonymously. I work for a company that recruits guards for the Gulf and what I describe is still happening.

Recruits are told the salary is 900 USD. On arrival they sign a new contract for 400 USD. Passports are held by the supervisor.

J.K.

### anonymity A | follow-up asks to remove the name after an earlier plain submission
names: Women for Peace Tchad; WPT; Achta Mahamat; A. Mahamat
From: Achta Mahamat <achta@womenpeacetchad.example>
Subject: Women for Peace Chad - submission

Dear Working Group,

Please find attached our submission on armed foreign groups in the east of Chad.

Achta Mahamat
Women for Peace Tchad (WPT)
@@ pdf WPT_submission.pdf
Armed foreign groups in eastern Chad

We recorded the presence of armed foreign personnel near three gold sites in 2022.

Achta Mahamat, WPT
>>>
From: Achta Mahamat <achta@womenpeacetchad.example>
Subject: about our paper

Dear Working Group,

After discussing with our members: you can publish the paper, but without our name or the name of our organisation. It has become dangerous for us in N'Djamena.

Achta

### anonymity A | company agrees to publication if its name is removed
names: Aegis Logistic Services; Aegis; ALS
From: Compliance Office <compliance@aegislogistic.example>
Subject: Response to call for inputs

Dear Sir/Madam,

Aegis Logistic Services provides the attached response. We have no objection to publication provided that the company is not identified; please refer to us as "a logistics provider".

Compliance Office
Aegis Logistic Services (ALS)
@@ docx ALS_response.docx
Response of a logistics provider

We subcontract security for convoys in three countries. We require subcontractors to vet their staff.

Aegis Logistic Services

### anonymity A | "anonymise me" written as a heading at the top
names: Leila Farouk; L. Farouk; Farouk
From: Leila Farouk <leila.farouk@inbox.example>
Subject: testimony for the report

ANONYMISE ME PLEASE

I am the sister of a man who died in Libya in 2020 after being recruited by a security company in Sudan. You can publish my account in your report but without my name.

He was 24. He was told he would guard oil fields. We received his body after four months.

Leila Farouk

### anonymity A | attached letter asks for anonymity, body silent
names: Peter Novak; P. Novak; Novak
From: Peter Novak <pnovak@balkanwatch.example>
Subject: Balkan Watch input

Dear WG, attached. Regards, Peter Novak
@@ pdf Novak_letter_and_input.pdf
Letter to the Working Group

I send my input in my personal capacity. It may be published, but I ask that my name be withheld, as I still travel to the region.

Peter Novak
%%
Recruitment of Balkan veterans by security companies

Veterans from three countries were recruited in 2015-2020 for guard work in Iraq and Afghanistan.

### anonymity A | defender: identity kept out of everything published
names: Grace Achieng; G. Achieng; Achieng
From: Grace Achieng <g.achieng@defenders-ea.example>
Subject: Contribution - land defenders and private guards

Dear Working Group,

I am a land rights defender. Guards of a plantation company have threatened me twice. I am happy for this contribution to be published as long as my identity stays out of it - no name, no village.

The company hired a private security firm in 2021. Since then, four of us have been beaten on the road to the market.

Grace Achieng

### consent P | happy for this to go on your website
From: Olivia Brown <obrown@peaceresearch.org.au>
Subject: Submission - Peace Research Australia

Dear Working Group,

Peace Research Australia is pleased to submit the attached paper on Australian security contractors in the Pacific. We are happy for this to go on your website.

Kind regards,
Olivia Brown
Executive Officer
@@ pdf PRA_submission.pdf
Australian security contractors in the Pacific

Contractors guard offshore processing centres and mining sites. We review complaints lodged since 2015.

### consent P | no objection, in a note verbale
From: Permanent Mission of Norland <geneva.mission@norland-mfa.example>
Subject: Note verbale - Working Group on mercenaries

Please find attached note verbale 22/2022.
@@ docx NV_Norland_22_2022.docx
The Permanent Mission of Norland to the United Nations Office at Geneva presents its compliments to the Secretariat of the Working Group on the use of mercenaries and has the honour to transmit the reply of the Government of Norland to the questionnaire.

The Government of Norland has no objection to the publication of this reply on the website of the Office of the High Commissioner.

The Permanent Mission avails itself of this opportunity to renew the assurances of its highest consideration.

Geneva, 28 February 2022

### consent P | consent given half-said: "feel free to share it widely"
From: Ben Adler <ben@securitywatchdog.org>
Subject: Security Watchdog - our report

Hi all,

Our report on private security at festivals and stadiums is attached. Feel free to share it widely, that's why we wrote it.

Ben Adler
Security Watchdog
@@ docx SW_report.docx
Crowds and contractors

Stadium security staff in five cities received less than a day of training.

### consent P | consent in the signature block
From: Aisha Bello <abello@nhrc-ng.example>
Subject: National Human Rights Commission - contribution

Dear Secretariat,

The National Human Rights Commission transmits its contribution on the regulation of private guard companies.

Aisha Bello
Director, Research and Policy
National Human Rights Commission
This contribution may be published.
@@ pdf NHRC_contribution.pdf
Regulation of private guard companies: the Commission's view

There are more than 1,800 licensed companies. The Commission received 96 complaints against guards in 2021.

### consent P | consent in a follow-up that lifts an earlier hold
From: Isabel Moreno <imoreno@latamsecurity.example>
Subject: LatAm Security Observatory submission (draft - please hold)

Dear Working Group,

Attached is our submission. Please hold off publishing it for now, our director has not yet signed off.

Isabel Moreno
LatAm Security Observatory
@@ pdf LSO_submission.pdf
Private security in Latin American cities

The number of private guards exceeds the number of police officers in six of the eight countries we studied.
>>>
From: Isabel Moreno <imoreno@latamsecurity.example>
Subject: submission - OK to publish now

Dear Working Group,

Our director has now signed off: you may publish our submission as it is. Thank you for waiting.

Isabel

### consent P | one-liner consent after a long body
From: George Papadopoulos <gpapa@aegeanlaw.example>
Subject: Input: maritime security and armed guards

Dear Members of the Working Group,

I write as a maritime lawyer who has advised shipowners on the use of privately contracted armed security personnel since 2009.

Three issues deserve your attention. First, floating armouries in international waters operate with little oversight; the flag State rarely inspects them. Second, the rules for the use of force are written by the companies themselves and vary from ship to ship. Third, when a guard fires on a skiff, no State investigates unless someone is killed.

I would urge the Working Group to recommend an international register of floating armouries and of incidents at sea.

Publication is fine by me.

George Papadopoulos
Aegean Maritime Law Chambers

### consent P | university: yes, you may publish, with a PDF
From: Mei Chen <mei.chen@hku-law.example>
Subject: Submission - Chen

Dear Secretariat,

My submission on Chinese security companies along trade routes is attached. Yes, you may publish it.

Mei Chen
Assistant Professor of Law
@@ pdf Chen_submission.pdf
Chinese private security companies along trade routes

At least 20 Chinese companies now provide security abroad, mostly unarmed and working with local armed partners.

### consent P | consent expressed as "we would welcome publication"
From: Ruth Abebe <ruth@hornpeace.example>
Subject: Horn Peace Initiative input

Dear colleagues,

Please find attached the Horn Peace Initiative's input. We would welcome its publication alongside the other submissions, so that the communities we work with can read it.

Ruth Abebe
Horn Peace Initiative
@@ docx HPI_input.docx
Foreign armed personnel in the Horn of Africa

Reports from 2020-2022 of foreign armed personnel guarding ports and mines.

### consent P | IGO: the submission may be made public
From: Office of Legal Affairs, Regional Security Organisation <ola@rso-int.example>
Subject: Contribution of the Regional Security Organisation

Dear Secretariat,

The Office of Legal Affairs transmits the attached contribution. The contribution may be made public.

Office of Legal Affairs
@@ pdf RSO_contribution.pdf
Contribution of the Regional Security Organisation

Member States adopted a model law on private security services in 2019. Five have since incorporated it.

### consent P | tick in the attached form, body silent
From: Amir Rahimi <arahimi@centralasiarights.example>
Subject: Central Asia Rights - questionnaire

Dear Working Group,

Please find our answers to the questionnaire attached.

Amir Rahimi
@@ docx CAR_questionnaire.docx
Questionnaire - answers of Central Asia Rights

1. Does your country regulate private military companies? No specific law exists.

2. Are nationals recruited to fight abroad? Yes, mainly through messaging apps.

Do you agree to the publication of your answers on the OHCHR website? [X] Yes  [ ] No

### conditional U | embargo until a date
From: Laura Schmidt <l.schmidt@transparency-sec.example>
Subject: Submission - please note embargo

Dear Working Group,

Our submission is attached. It may not be published before 15 June, the day our own report is launched.

Laura Schmidt
Transparency in Security
@@ pdf TiS_submission.pdf
Transparency in security contracting

We examined 300 public contracts for security services in 12 countries.

### conditional U | consent only for the summary
From: Henry Mensah <hmensah@westafricapolicy.example>
Subject: WAPI input

Dear Sir/Madam,

The executive summary of our paper can be published. The full paper should stay with you.

Henry Mensah
West Africa Policy Institute
@@ docx WAPI_paper.docx
Executive summary

Foreign armed personnel were present in four West African countries in 2022.
%%
Full paper

Sources and detailed findings.

### conditional U | publish after names of witnesses are removed
From: Sophie Turner <sturner@justiceproject.example>
Subject: Justice Project - submission

Dear Working Group,

We are fine with publication as long as the names of the witnesses in section 3 are taken out first.

Sophie Turner
The Justice Project
@@ pdf JP_submission.pdf
Submission of the Justice Project

Section 3: witness accounts from the detention site, with the names of five witnesses.

### conditional U | "please treat with discretion", nothing more
From: Alan Greene <agreene@oversightnetwork.example>
Subject: input - private security oversight

Dear colleagues,

I attach some notes on oversight bodies for private security. Please treat them with discretion.

Alan Greene
@@ docx Greene_notes.docx
Oversight bodies for private security

Few countries have an independent regulator; most leave licensing to the police.

### conditional U | subject to the director's approval
From: Miriam Cohen <mcohen@mideastpolicy.example>
Subject: Middle East Policy Forum - paper

Dear Working Group,

Here is our paper. Publication is subject to approval by our director, who is travelling until next month; I will let you know.

Miriam Cohen
Middle East Policy Forum
@@ pdf MEPF_paper.pdf
Private security in the Gulf: labour and conduct

Labour conditions of guards recruited from South Asia.

### conflict U | consent in the body, CONFIDENTIAL stamped on every page of the PDF
From: David Kim <dkim@koreapeace.example>
Subject: Korea Peace Network submission

Dear Working Group,

Our submission is attached and can be published.

David Kim
Korea Peace Network
@@ pdf KPN_submission.pdf | CONFIDENTIAL - NOT FOR CIRCULATION
Korean veterans in private security abroad

Veterans are recruited by companies registered in Seoul for work in the Middle East.

### conflict U | refusal in the cover letter, consent in the form
From: Natalia Ivanova <n.ivanova@eurasia-rights.example>
Subject: Eurasia Rights Centre - contribution

Dear Secretariat,

Please find the cover letter and the form attached.

Natalia Ivanova
@@ docx ERC_cover_letter.docx
Dear Members of the Working Group,

We send our contribution for your information only; it should not appear on the website.

Natalia Ivanova, Eurasia Rights Centre
@@ docx ERC_form.docx
Form for submissions

Organisation: Eurasia Rights Centre

May the OHCHR publish this submission? Yes

### conflict U | consent, then a later mail that is ambiguous about hold
From: Tom Hughes <thughes@armswatch.example>
Subject: Arms Watch input

Dear Working Group,

Attached is our input, which you may publish.

Tom Hughes
Arms Watch
@@ pdf AW_input.pdf
Security services exported with arms

Arms exporters increasingly sell training by private contractors with their equipment.
>>>
From: Tom Hughes <thughes@armswatch.example>
Subject: a question

Dear Working Group,

A board member has raised concerns about the input we sent. Could you wait before doing anything with it? I will come back to you.

Tom

### conflict U | anonymity asked for the witnesses, the author's own name ambiguous
From: Esther Wanjiru <ewanjiru@kituo.example>
Subject: Kituo submission

Dear WG,

You may publish, but the people we interviewed must not be named or recognisable. I have tried to remove details but please check before anything goes online.

Esther Wanjiru
Kituo cha Haki
@@ docx Kituo_submission.docx
Accounts of workers at a private security company in Nairobi

Worker A, 34, from Kisumu, described unpaid overtime at a site on Mombasa Road.

### conflict U | hedged: "we'd rather it not be widely circulated"
From: Andrew Clarke <aclarke@northernpolicy.example>
Subject: thoughts for the report

Dear colleagues,

Some thoughts for the report attached. We'd rather it was not widely circulated at this stage, though we understand submissions are usually published.

Andrew Clarke
Northern Policy Unit
@@ pdf NPU_thoughts.pdf
Thoughts on the report's scope

The report should address security services bought by humanitarian agencies.

### conflict U | portal consent but e-mail asks to check with them first
From: Jasmine Patel <jpatel@diasporarights.example>
Subject: submission (also sent through the portal)

Hello,

I ticked "publish" in your online form, but on reflection please check with me before you put anything online.

Jasmine Patel
Diaspora Rights Initiative
@@ docx DRI_submission.docx
Diaspora recruitment for foreign conflicts

Recruiters approach diaspora youth through gaming platforms.

### conflict U | request in Portuguese only, body in English, unclear scope
From: Carlos Mendes <cmendes@lusorights.example>
Subject: Submission on Mozambique

Dear Working Group,

Please see attached our submission on foreign security contractors in Cabo Delgado.

Carlos Mendes
@@ pdf LusoRights_Mozambique.pdf
Contratados estrangeiros em Cabo Delgado

Por favor, não publiquem os anexos com os nomes das aldeias; o texto principal pode ser usado.

Foreign contractors operated helicopters in Cabo Delgado in 2020-2021.

### refusal/pt C | refusal in Portuguese in the body, rest in English
From: Ana Paula Silva <apsilva@brasildh.example>
Subject: Brazil - private security in favelas

Dear Working Group,

Attached is our input on private militias and security firms in Rio de Janeiro.

Pedimos que esta contribuição não seja publicada nem divulgada.

Ana Paula Silva
Brasil Direitos Humanos
@@ docx BDH_input.docx
Militias and private security in Rio de Janeiro

Some security firms are owned by former police officers linked to militias.

### disclaimer S | organisation's legal footer after the signature only
From: James Whitfield <j.whitfield@ukcoalition.example>
Subject: UK Coalition on Private Security - input

Dear Working Group,

Please find our input attached. It draws on two years of monitoring of UK-registered companies operating abroad.

Best regards,
James Whitfield
Policy Officer, UK Coalition on Private Security

This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it. Any views expressed are those of the sender and not necessarily of the UK Coalition on Private Security.
@@ pdf UKCPS_input.pdf
UK-registered security companies abroad

We identified 180 UK-registered companies providing security services in 40 countries.

### silent S | topic words: confidential contracts and a confidential informant
From: Mohammed Al-Amin <malamin@yemenwatch.example>
Subject: Yemen Watch - input on foreign fighters

Dear Members of the Working Group,

Yemen Watch submits the attached input. A confidential informant inside one of the recruiting companies told our researchers how contracts are drawn up: they are confidential, signed in Abu Dhabi, and never registered. We believe the secrecy of these contracts is at the heart of the problem.

Mohammed Al-Amin
Yemen Watch
@@ docx YW_input.docx
Foreign fighters in Yemen

Recruits from three countries served with forces supported by foreign States.

### silent S | a law's publication in the Official Gazette
From: Ministry of Interior, Legal Affairs Directorate <legal@interior.gov-kelmar.example>
Subject: Reply of the Republic of Kelmar

Dear Secretariat,

The Republic of Kelmar informs the Working Group that Law No. 12/2021 on private security services was published in the Official Gazette on 4 May 2021 and entered into force on publication. The text of the law is attached.

Legal Affairs Directorate
Ministry of Interior
@@ pdf Kelmar_Law_12_2021.pdf
Law No. 12/2021 on private security services

Article 1. This law regulates the licensing of private security companies.

Article 30. This law enters into force on the day of its publication in the Official Gazette.

### silent S | a leaked report discussed, no request
From: Tariq Mahmood <tmahmood@investigativedesk.example>
Subject: submission on the leaked Wagner report

Dear Working Group,

Last year a report by a parliamentary commission was leaked to the press. It was never meant to be public, yet it describes in detail how foreign armed personnel were paid through mining concessions. Our submission summarises what the leak revealed and what has been confirmed since.

Tariq Mahmood
The Investigative Desk
@@ pdf TID_submission.pdf
What the leaked report revealed

Concessions were granted to companies linked to foreign armed personnel in exchange for security services.

### silent S | short plain submission, no mention at all
From: Clara Jones <cjones@pacificsec.example>
Subject: contribution

Dear colleagues, attached is my contribution to your study on private security in the Pacific. Best, Clara Jones
@@ docx Jones_contribution.docx
Private security in the Pacific

Small island States rely on private guards for ports and airports.

### silent S | witnesses asked journalists not to name them (reported, not a request)
From: Patrick Mulenga <pmulenga@zambiajournalists.example>
Subject: Input from the Zambia Union of Journalists

Dear Working Group,

Our members reported on the shooting at the Kitwe mine in 2021. The witnesses asked the journalists not to publish their names, and the newspapers respected that. The attached note summarises the published reporting.

Patrick Mulenga
Zambia Union of Journalists
@@ pdf ZUJ_note.pdf
Note on the reporting of the Kitwe shooting

Three newspapers reported that guards of a private company fired on artisanal miners.

### silent S | long academic body, public procurement and public oversight
From: Dr. Rachel Green <r.green@policy-school.example>
Subject: Input to the Working Group: procurement of security services

Dear Members of the Working Group,

I am writing to share findings from a three-year study of how governments buy security services. Public procurement of these services is often exempted from ordinary transparency rules on national security grounds, and public oversight of the resulting contracts is weak.

In the twelve countries studied, fewer than a third published the names of the companies they contracted. Parliamentary committees rarely saw the contracts.

I would suggest that the Working Group recommend that States publish the names of contractors and the value of contracts.

With best regards,
Dr. Rachel Green
School of Public Policy

### silent S | State reply with a disclaimer-like line about the State's own law on confidentiality of contracts
From: Permanent Mission of Austrell <mission@austrell-geneva.example>
Subject: Reply to the questionnaire on private military and security companies

Please find attached the reply of the Government of Austrell.
@@ docx Austrell_reply.docx
Reply of the Government of Austrell

Contracts with private security companies are confidential under the Public Contracts Act where they concern the protection of critical infrastructure. The Auditor-General may nevertheless inspect them.

### plea N | personal plea for help about one's own detention case
From: Ibrahim Sesay <ibrahim.sesay77@freemail.example>
Subject: URGENT help my case

Dear UN,

I am Ibrahim Sesay, detained since 2022 in the immigration centre, case number 2022/4471. The guards of the company took my phone. I have no lawyer. Please help me and call my family. Please do not tell the guards I wrote to you.

Ibrahim

### newsletter N | NGO newsletter
From: Peace Brief <newsletter@peacebrief.example>
Subject: Peace Brief - March edition: our new podcast, job openings and more

PEACE BRIEF - MARCH

In this edition: our new podcast on private security, two job openings in Nairobi, and the agenda of our spring conference.

You are receiving this email because you subscribed to Peace Brief. Unsubscribe | Manage preferences

### invitation N | invitation to a side event
From: Events Team <events@genevaforum.example>
Subject: Invitation: side event on PMSCs during the Human Rights Council

Dear colleagues,

We are pleased to invite the members of the Working Group to a side event on private military and security companies, 14 March, 13:00, Room XXIV, Palais des Nations. Please confirm attendance by 10 March.

Geneva Forum Events Team

### phishing N | phishing mail about the mailbox quota
From: IT Support <it-support@0hchr-mail.example>
Subject: Your mailbox is almost full - verify now

Dear user,

Your mailbox has exceeded its storage limit. Click here to verify your account within 24 hours or it will be suspended: http://0hchr-mail.example/verify

IT Support

### autoreply N | out-of-office reply
From: Michael Grant <mgrant@unionwatch.example>
Subject: Automatic reply: Call for inputs

I am out of the office until 20 March with limited access to email. For urgent matters please contact info@unionwatch.example.

### question N | question about the deadline
From: Sunita Rao <srao@indiapolicy.example>
Subject: deadline question

Dear Secretariat, could you tell me whether the deadline of 15 March can be extended by a week? We are finalising our input. Also, will submissions be published? Thanks, Sunita Rao

### refusal C | HTML body: bold splits "do not publish"
From: Naomi Fletcher <nfletcher@childsoldiers-watch.example>
Subject: Child Soldiers Watch - input

<html><body><p>Dear Working Group,</p><p>Our input on the recruitment of minors by armed contractors is below. Please <b>do not</b> <a href="https://childsoldiers-watch.example/policy">publish</a> it or quote it; the children are identifiable.</p><p>Recruiters in two border towns offered boys of 15 and 16 work as "camp guards". We met 11 of them after their return.</p><p>Naomi Fletcher<br>Child Soldiers Watch</p></body></html>

### refusal C | inline forward: the earlier message holds the request
From: Victor Hale <vhale@pacific-rights.example>
Subject: Fwd: Pacific Rights submission

Resending below in case it did not reach you.

Victor

---------- Forwarded message ---------
From: Victor Hale <vhale@pacific-rights.example>
Date: Mon, 7 Mar 2022 at 09:14
Subject: Pacific Rights submission

Dear Working Group,

Attached is our submission on guards at the offshore processing centres. It is not for publication.

Victor Hale
Pacific Rights
@@ pdf PR_submission.pdf
Guards at offshore processing centres

Detainees described strip searches and the use of isolation as punishment.

### refusal C | request only in the document, in French, body in English
From: Marie Tshibangu <mtshibangu@congo-mining-watch.example>
Subject: Congo Mining Watch submission

Dear Working Group,

Please find attached our submission, written in French by our team in Lubumbashi.

Marie Tshibangu
@@ docx CMW_contribution.docx
Contribution de Congo Mining Watch

Nous demandons que cette contribution reste confidentielle et ne soit pas publiée.

Les gardes d'une société de sécurité ont tiré sur des creuseurs à Kolwezi en 2021.

### refusal C | "make sure this does not end up online"
From: Liam Murphy <liam.murphy@veterans-voice.example>
Subject: Veterans Voice - what our members told us

Hi,

Veterans Voice surveyed 200 former soldiers about offers from private security recruiters. Results attached. Just make sure this doesn't end up online; some respondents are still under contract.

Liam Murphy
@@ pdf VV_survey.pdf
Survey of former soldiers

64% had received an offer from a private recruiter within a year of leaving the army.

### anonymity A | P.S. asks to withhold the name; initials in the document
names: Hassan Jalloh; H. Jalloh; H.J.; Jalloh
From: Hassan Jalloh <hjalloh@freetown-mail.example>
Subject: my statement

Dear Working Group,

My statement about the guards at the diamond fields of Kono is attached.

Hassan Jalloh

P.S. You may publish it but please withhold my name.
@@ pdf Statement_Kono.pdf
Statement

I worked as a digger in Kono until 2020. The guards took a share of every find and beat those who refused.

H. Jalloh

### consent P | bottom-posted reply: "of course you can publish this"
From: Emma Wilson <ewilson@scotpeace.example>
Subject: Re: Call for inputs

On 10 Jan, WG Mercenaries wrote:
> The Working Group invites States and other stakeholders to send inputs.
> Inputs will be published on the OHCHR website unless otherwise requested.

Dear colleagues, our input is attached. Of course you can publish this, no problem at all.

Emma Wilson
Scottish Peace Network
@@ docx SPN_input.docx
Input of the Scottish Peace Network

Scottish veterans recruited by security companies for work abroad.

### conditional U | publish only after the elections
From: Kwame Asante <kasante@electionwatch.example>
Subject: Election Watch - input

Dear Working Group,

Our input is attached. We ask you to publish it only after the elections of 7 December.

Kwame Asante
Election Watch
@@ pdf EW_input.pdf
Private security and elections

Private guards were deployed at polling stations in two regions in the last elections.

### consent P | no objection on the last page of the report
From: Julia Novak <jnovak@central-europe-institute.example>
Subject: Central Europe Institute report

Dear Secretariat,

We attach our report on security companies recruiting in Central Europe.

Julia Novak
@@ pdf CEI_report.pdf
Recruitment by security companies in Central Europe

Five companies recruited former soldiers in the region between 2016 and 2021.
%%
The Central Europe Institute has no objection to the publication of this report by the OHCHR.

### silent S | identity, public and circulation as the topic's words
From: Oscar Lindqvist <olindqvist@border-research.example>
Subject: input: identity checks by private contractors at borders

Dear Members of the Working Group,

My input concerns private contractors who carry out identity checks at the external borders on behalf of States. Such checks restrict the free movement of people, yet the contracts are not public and the contractors are not subject to the public oversight that applies to border police.

I recommend that the Working Group ask States to publish these contracts.

Oscar Lindqvist
Border Research Centre
"""
