PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "documents" (
   "id" TEXT PRIMARY KEY,
   "source" TEXT,
   "kind" TEXT,
   "media_type" TEXT,
   "title" TEXT,
   "page_count" INTEGER,
   "status" TEXT,
   "error" TEXT,
   "ingested_at" TEXT,
   "extractor_version" TEXT,
   "size_bytes" INTEGER,
   "superseded_by" TEXT
);
INSERT INTO documents VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92','/work/wt/C/samples/eastbrook/2025-06-16_corporate-parenting-panel_minutes.html','minutes_page','text/html','Agenda and minutes for Corporate Parenting Panel on Monday 16 June 2025, 6.30 pm - Eastbrook Borough Council',1,'ok',NULL,'2026-12-07T03:53:08+00:00','0.1.0',21211,NULL);
CREATE TABLE IF NOT EXISTS "pages" (
   "document_id" TEXT REFERENCES "documents"("id"),
   "page" INTEGER,
   "printed_page" TEXT,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "text" TEXT,
   PRIMARY KEY ("document_id", "page")
);
INSERT INTO pages VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,NULL,0,6213,replace('Agenda and minutes\nCorporate Parenting Panel - Monday 16 June 2025 6.30 pm\nVenue: Council Chamber, Eastbrook Civic Centre, Market Street, Eastbrook, EB1 2AA.\nContact: Joanna Fenwick, Democratic Services Officer Tel: 01234 567890 / Email: joanna.fenwick@eastbrook.gov.uk\nNo. Item\n41.\nAttendance by Reserve Members\nTo note the attendance of any duly appointed Reserve Members at this\nmeeting.\nMinutes:\nRESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\nOrdinary Member\n\nReserve Member\n\nCouncillor Martin Ashdown\n\nCouncillor Amira Haddad\n42.\nDeclarations of Interest\nTo receive declarations of interests from all Members present.\nMinutes:\nRESOLVED: To note that the following interests were declared:\n\n·\nCouncillor Daniel Osei declared a non-pecuniary interest in item 48,\nUpdate on Health for Children Looked After, in that his sister worked\nfor Eastbrook Community Health NHS Trust. He remained in the meeting\nwhile the item was discussed.\n\n·\nCouncillor Sunil Patel declared a prejudicial interest in item 53,\nPlacement Sufficiency Commissioning, in that he was a director of a\ncompany that provided supported accommodation to the Council. He left\nthe room while the item was discussed and did not vote.\n43.\nMinutes\nThat the minutes of the meeting held on 10 March 2025 be taken as read\nand signed as a correct record.\nMinutes:\nRESOLVED: That the minutes of the meeting held on 10 March 2025 be taken as read and signed as a correct record.\n44.\nPublic Questions\nTo receive questions (if any) from members of the public.\nMinutes:\nRESOLVED: To note that no public questions were received.\n45.\nPetitions\nTo receive petitions (if any) from members of the public or\nCouncillors.\nMinutes:\nRESOLVED: To note that no petitions were received.\n46.\nDeputations\nTo receive deputations (if any).\nMinutes:\nRESOLVED: To note that no deputations were received.\n47.\nCorporate Parenting Update and Scorecard\nReport of the Head of Corporate Parenting.\nMinutes:\nRuth Okafor, Head of Corporate Parenting, introduced the report, which\nset out the Council''s performance as a corporate parent and the\nscorecard for May 2025. She highlighted that 18 of the 146 children in\ncare had been reported missing during April and May 2025, and that\nevery child had been offered a return home interview.\n\nSince April 2023, Eastbrook had housed 27 care leavers into secure\ntenancies. The Chair, Councillor Hannah Greaves, welcomed the progress\non housing.\n\nIn response to Councillor Grace Whitfield''s question about\nplacement stability, Ms Okafor reported that most of the 15 children\nwith three or more placements in the last year were aged 14 or over,\nand that several moves had been planned steps towards long-term foster\ncare.\n\nMembers requested that a breakdown of placement moves by age be\nprovided at the next meeting.\n\nRESOLVED: That\n\n(1)\nthe update be noted; and\n\n(2)\na report on the sufficiency of local foster placements be provided at\nthe next meeting.\n48.\nUpdate on Health for Children Looked After\nUpdate from the Named Nurse for Children Looked After.\nMinutes:\nFiona McAllister, Named Nurse for Children Looked After, introduced\nthe update. She explained that performance on the Initial Health\nAssessment (IHA) target had fallen in May because requests had reached\nthe health team after the deadline.\n\nIn response to Councillor Daniel Osei''s question about young\npeople placed out of borough, Ms McAllister reported that reviews were\nnow booked eight weeks ahead. Oliver Grant, Designated Nurse for\nChildren Looked After, added that the Integrated Care Board was\nraising capacity with neighbouring providers.\n\nThe Panel requested that dental check figures for children placed out\nof borough be circulated to Members.\n\nRESOLVED: That the update be noted.\n49.\nUpdate from the Participation Service\nPresentation from the Participation Officer.\nMinutes:\nSophie Marsh, Participation Officer, gave a presentation on the work\nof the Children in Care Council, including the spring activity\nprogramme and the draft Care Leavers'' Charter written by young\npeople.\n\nMembers thanked the young people who had attended for their\ncontributions.\n\n(1)\nThe update be noted; and\n\n(2)\nThe draft Care Leavers'' Charter be endorsed.\n50.\nVirtual School Update\nUpdate from the Virtual School Headteacher.\nMinutes:\nNadia Rahman, Virtual School Headteacher, introduced the report, which\ncovered Personal Education Plans, Key Stage 4 predictions and two\npost-16 case studies.\n\nIn response to the Chair''s question about young people whose\ncollege places had broken down, Ms Rahman reported that each had a\nnamed mentor from the Virtual School and a place held for September\n2025.\n\nRESOLVED: That the report be noted.\n51.\nWork Programme 2025/26\nReport of the Democratic Services Officer.\nMinutes:\nThe Panel discussed items which had been suggested for future meetings\nand agreed the following work programme:\n\nMeeting\n\nItem\n\n15 September 2025\n\nIndependent Reviewing Officers Annual Report 2024/25\nFostering Recruitment and Retention Update\nPlacement Moves by Age\n\n8 December 2025\n\nVirtual School Annual Report 2024/25\nCare Leavers Local Offer Refresh\nHealth of Children Looked After Annual Report\n\nRESOLVED: That the work programme be agreed.\n52.\nAny Other Urgent Business\nWhich cannot otherwise be dealt with.\nMinutes:\nThere was no urgent business.\n53.\nPlacement Sufficiency Commissioning\nContains exempt information under paragraph 3 of Schedule 12A to the\nLocal Government Act 1972.\nMinutes:\nCouncillor Sunil Patel left the room for this item.\n\nThe Panel considered the exempt report on the commissioning of local\nplacements for children in care.\n\nRESOLVED: That the commissioning approach set out in the report be endorsed.\nOfficers present:\n\nEastbrook Council Officers:\n\nAlan Whitcombe\n\n- Director of Children''s Services\n\nRuth Okafor\n\n- Head of Corporate Parenting\n\nNadia Rahman\n\n- Virtual School Headteacher\n\nSophie Marsh\n\n- Participation Officer\n\nJoanna Fenwick\n\n- Democratic Services Officer\n\nHealth Representatives:\n\nFiona McAllister\n\n- Named Nurse for Children Looked After, Eastbrook Community\nHealth NHS Trust\n\nOliver Grant\n\n- Designated Nurse for Children Looked After, NHS Eastbrook\nIntegrated Care Board\n','\n',char(10)));
CREATE TABLE IF NOT EXISTS "meetings" (
   "id" TEXT PRIMARY KEY,
   "council" TEXT,
   "committee" TEXT,
   "date" TEXT,
   "start_time" TEXT,
   "venue" TEXT,
   "status" TEXT,
   "contact_name" TEXT,
   "contact_email" TEXT,
   "contact_phone" TEXT,
   "quorum" INTEGER,
   "published_on" TEXT,
   "previous_minutes_date" TEXT,
   "source_meeting_id" TEXT,
   "source_kind" TEXT,
   "document_count" INTEGER
);
INSERT INTO meetings VALUES('eastbrook-borough-council/corporate-parenting-panel/2025-06-16','Eastbrook Borough Council','Corporate Parenting Panel','2025-06-16','18:30','Council Chamber, Eastbrook Civic Centre, Market Street, Eastbrook, EB1 2AA','held','Joanna Fenwick','joanna.fenwick@eastbrook.gov.uk','01234 567890',NULL,NULL,'2025-03-10',NULL,'primary',1);
CREATE TABLE IF NOT EXISTS "meeting_documents" (
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "document_id" TEXT REFERENCES "documents"("id"),
   "role" TEXT,
   PRIMARY KEY ("meeting_id", "document_id", "role")
);
INSERT INTO meeting_documents VALUES('eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92','minutes_page');
CREATE TABLE IF NOT EXISTS "meeting_records" (
   "document_id" TEXT REFERENCES "documents"("id"),
   "page" INTEGER,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "extractor" TEXT,
   "id" TEXT,
   "council" TEXT,
   "committee" TEXT,
   "date" TEXT,
   "start_time" TEXT,
   "venue" TEXT,
   "status" TEXT,
   "contact_name" TEXT,
   "contact_email" TEXT,
   "contact_phone" TEXT,
   "quorum" INTEGER,
   "published_on" TEXT,
   "previous_minutes_date" TEXT,
   "source_kind" TEXT,
   "source_meeting_id" TEXT,
   PRIMARY KEY ("id", "document_id")
);
INSERT INTO meeting_records VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,19,74,'meeting','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','Eastbrook Borough Council','Corporate Parenting Panel','2025-06-16','18:30','Council Chamber, Eastbrook Civic Centre, Market Street, Eastbrook, EB1 2AA','held','Joanna Fenwick','joanna.fenwick@eastbrook.gov.uk','01234 567890',NULL,NULL,'2025-03-10','primary',NULL);
CREATE TABLE IF NOT EXISTS "agenda_items" (
   "document_id" TEXT REFERENCES "documents"("id"),
   "page" INTEGER,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "extractor" TEXT,
   "id" TEXT PRIMARY KEY,
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "number" TEXT,
   "position" INTEGER,
   "title" TEXT,
   "title_inferred" INTEGER,
   "report_type" TEXT,
   "description" TEXT,
   "page_start" INTEGER,
   "page_end" INTEGER,
   "to_follow" INTEGER,
   "restricted" INTEGER,
   "minutes_text" TEXT,
   "source_item_id" TEXT,
   "links" TEXT
);
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,279,582,'agenda_items','3414c4a56e7e987f-i1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','41.',1,'Attendance by Reserve Members',0,NULL,'To note the attendance of any duly appointed Reserve Members at this meeting.',NULL,NULL,0,0,replace('RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\nOrdinary Member\n\nReserve Member\n\nCouncillor Martin Ashdown\n\nCouncillor Amira Haddad','\n',char(10)),'5001',NULL);
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,582,1250,'agenda_items','3414c4a56e7e987f-i2','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','42.',2,'Declarations of Interest',0,NULL,'To receive declarations of interests from all Members present.',NULL,NULL,0,0,replace('RESOLVED: To note that the following interests were declared:\n\n·\nCouncillor Daniel Osei declared a non-pecuniary interest in item 48,\nUpdate on Health for Children Looked After, in that his sister worked\nfor Eastbrook Community Health NHS Trust. He remained in the meeting\nwhile the item was discussed.\n\n·\nCouncillor Sunil Patel declared a prejudicial interest in item 53,\nPlacement Sufficiency Commissioning, in that he was a director of a\ncompany that provided supported accommodation to the Council. He left\nthe room while the item was discussed and did not vote.','\n',char(10)),'5002',NULL);
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1250,1487,'agenda_items','3414c4a56e7e987f-i3','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','43.',3,'Minutes',0,NULL,'That the minutes of the meeting held on 10 March 2025 be taken as read and signed as a correct record.',NULL,NULL,0,0,'RESOLVED: That the minutes of the meeting held on 10 March 2025 be taken as read and signed as a correct record.','5003','[{"title": "Minutes PDF 170 KB", "url": "documents/s9003/Minutes.pdf"}]');
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1487,1633,'agenda_items','3414c4a56e7e987f-i4','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','44.',4,'Public Questions',0,NULL,'To receive questions (if any) from members of the public.',NULL,NULL,0,0,'RESOLVED: To note that no public questions were received.','5004',NULL);
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1633,1780,'agenda_items','3414c4a56e7e987f-i5','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','45.',5,'Petitions',0,NULL,'To receive petitions (if any) from members of the public or Councillors.',NULL,NULL,0,0,'RESOLVED: To note that no petitions were received.','5005',NULL);
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1780,1891,'agenda_items','3414c4a56e7e987f-i6','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','46.',6,'Deputations',0,NULL,'To receive deputations (if any).',NULL,NULL,0,0,'RESOLVED: To note that no deputations were received.','5006',NULL);
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1891,2975,'agenda_items','3414c4a56e7e987f-i7','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','47.',7,'Corporate Parenting Update and Scorecard',0,NULL,'Report of the Head of Corporate Parenting.',NULL,NULL,0,0,replace('Ruth Okafor, Head of Corporate Parenting, introduced the report, which\nset out the Council''s performance as a corporate parent and the\nscorecard for May 2025. She highlighted that 18 of the 146 children in\ncare had been reported missing during April and May 2025, and that\nevery child had been offered a return home interview.\n\nSince April 2023, Eastbrook had housed 27 care leavers into secure\ntenancies. The Chair, Councillor Hannah Greaves, welcomed the progress\non housing.\n\nIn response to Councillor Grace Whitfield''s question about\nplacement stability, Ms Okafor reported that most of the 15 children\nwith three or more placements in the last year were aged 14 or over,\nand that several moves had been planned steps towards long-term foster\ncare.\n\nMembers requested that a breakdown of placement moves by age be\nprovided at the next meeting.\n\nRESOLVED: That\n\n(1)\nthe update be noted; and\n\n(2)\na report on the sufficiency of local foster placements be provided at\nthe next meeting.','\n',char(10)),'5007','[{"title": "Corporate Parenting Update and Scorecard PDF 281 KB", "url": "documents/s9007/Corporate Parenting Update and Scorecard.pdf"}]');
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,2975,3779,'agenda_items','3414c4a56e7e987f-i8','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','48.',8,'Update on Health for Children Looked After',0,NULL,'Update from the Named Nurse for Children Looked After.',NULL,NULL,0,0,replace('Fiona McAllister, Named Nurse for Children Looked After, introduced\nthe update. She explained that performance on the Initial Health\nAssessment (IHA) target had fallen in May because requests had reached\nthe health team after the deadline.\n\nIn response to Councillor Daniel Osei''s question about young\npeople placed out of borough, Ms McAllister reported that reviews were\nnow booked eight weeks ahead. Oliver Grant, Designated Nurse for\nChildren Looked After, added that the Integrated Care Board was\nraising capacity with neighbouring providers.\n\nThe Panel requested that dental check figures for children placed out\nof borough be circulated to Members.\n\nRESOLVED: That the update be noted.','\n',char(10)),'5008','[{"title": "Update on Health for Children Looked After PDF 244 KB", "url": "documents/s9008/Update on Health for Children Looked After.pdf"}]');
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,3779,4234,'agenda_items','3414c4a56e7e987f-i9','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','49.',9,'Update from the Participation Service',0,NULL,'Presentation from the Participation Officer.',NULL,NULL,0,0,replace('Sophie Marsh, Participation Officer, gave a presentation on the work\nof the Children in Care Council, including the spring activity\nprogramme and the draft Care Leavers'' Charter written by young\npeople.\n\nMembers thanked the young people who had attended for their\ncontributions.\n\n(1)\nThe update be noted; and\n\n(2)\nThe draft Care Leavers'' Charter be endorsed.','\n',char(10)),'5009','[{"title": "Update from the Participation Service PDF 170 KB", "url": "documents/s9009/Update from the Participation Service.pdf"}]');
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,4234,4712,'agenda_items','3414c4a56e7e987f-i10','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','50.',10,'Virtual School Update',0,NULL,'Update from the Virtual School Headteacher.',NULL,NULL,0,0,replace('Nadia Rahman, Virtual School Headteacher, introduced the report, which\ncovered Personal Education Plans, Key Stage 4 predictions and two\npost-16 case studies.\n\nIn response to the Chair''s question about young people whose\ncollege places had broken down, Ms Rahman reported that each had a\nnamed mentor from the Virtual School and a place held for September\n2025.\n\nRESOLVED: That the report be noted.','\n',char(10)),'5010','[{"title": "Virtual School Update PDF 318 KB", "url": "documents/s9010/Virtual School Update.pdf"}]');
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,4712,5237,'agenda_items','3414c4a56e7e987f-i11','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','51.',11,'Work Programme 2025/26',0,NULL,'Report of the Democratic Services Officer.',NULL,NULL,0,0,replace('The Panel discussed items which had been suggested for future meetings\nand agreed the following work programme:\n\nMeeting\n\nItem\n\n15 September 2025\n\nIndependent Reviewing Officers Annual Report 2024/25\nFostering Recruitment and Retention Update\nPlacement Moves by Age\n\n8 December 2025\n\nVirtual School Annual Report 2024/25\nCare Leavers Local Offer Refresh\nHealth of Children Looked After Annual Report\n\nRESOLVED: That the work programme be agreed.','\n',char(10)),'5011','[{"title": "Work Programme 2025/26 PDF 170 KB", "url": "documents/s9011/Work Programme 2025/26.pdf"}]');
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5237,5344,'agenda_items','3414c4a56e7e987f-i12','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','52.',12,'Any Other Urgent Business',0,NULL,'Which cannot otherwise be dealt with.',NULL,NULL,0,0,'There was no urgent business.','5012',NULL);
INSERT INTO agenda_items VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5344,5722,'agenda_items','3414c4a56e7e987f-i13','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','53.',13,'Placement Sufficiency Commissioning',0,NULL,'Contains exempt information under paragraph 3 of Schedule 12A to the Local Government Act 1972.',NULL,NULL,0,0,replace('Councillor Sunil Patel left the room for this item.\n\nThe Panel considered the exempt report on the commissioning of local\nplacements for children in care.\n\nRESOLVED: That the commissioning approach set out in the report be endorsed.','\n',char(10)),'5013',NULL);
CREATE TABLE IF NOT EXISTS "resolutions" (
   "document_id" TEXT REFERENCES "documents"("id"),
   "page" INTEGER,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "extractor" TEXT,
   "id" TEXT PRIMARY KEY,
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "agenda_item_id" TEXT REFERENCES "agenda_items"("id"),
   "position" INTEGER,
   "part" TEXT,
   "text" TEXT,
   "outcome" TEXT,
   "explicit" INTEGER
);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,410,581,'resolutions','3414c4a56e7e987f-i1-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i1',1,NULL,'To note the attendance at this meeting of the following duly appointed Reserve Member: Ordinary Member Reserve Member Councillor Martin Ashdown Councillor Amira Haddad','noted',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,693,1249,'resolutions','3414c4a56e7e987f-i2-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i2',1,NULL,'To note that the following interests were declared: · Councillor Daniel Osei declared a non-pecuniary interest in item 48, Update on Health for Children Looked After, in that his sister worked for Eastbrook Community Health NHS Trust. He remained in the meeting while the item was discussed. · Councillor Sunil Patel declared a prejudicial interest in item 53, Placement Sufficiency Commissioning, in that he was a director of a company that provided supported accommodation to the Council. He left the room while the item was discussed and did not vote.','noted',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1384,1486,'resolutions','3414c4a56e7e987f-i3-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i3',1,NULL,'That the minutes of the meeting held on 10 March 2025 be taken as read and signed as a correct record.','signed',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1585,1632,'resolutions','3414c4a56e7e987f-i4-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i4',1,NULL,'To note that no public questions were received.','noted',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1739,1779,'resolutions','3414c4a56e7e987f-i5-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i5',1,NULL,'To note that no petitions were received.','noted',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,1848,1890,'resolutions','3414c4a56e7e987f-i6-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i6',1,NULL,'To note that no deputations were received.','noted',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,3753,3778,'resolutions','3414c4a56e7e987f-i8-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i8',1,NULL,'That the update be noted.','noted',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,4686,4711,'resolutions','3414c4a56e7e987f-i10-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i10',1,NULL,'That the report be noted.','noted',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5202,5236,'resolutions','3414c4a56e7e987f-i11-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i11',1,NULL,'That the work programme be agreed.','agreed',1);
INSERT INTO resolutions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5655,5721,'resolutions','3414c4a56e7e987f-i13-r1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i13',1,NULL,'That the commissioning approach set out in the report be endorsed.','endorsed',1);
CREATE TABLE IF NOT EXISTS "actions" (
   "document_id" TEXT REFERENCES "documents"("id"),
   "page" INTEGER,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "extractor" TEXT,
   "id" TEXT PRIMARY KEY,
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "agenda_item_id" TEXT REFERENCES "agenda_items"("id"),
   "text" TEXT,
   "due" TEXT,
   "trigger" TEXT
);
INSERT INTO actions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,2742,2835,'actions','3414c4a56e7e987f-i7-a1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i7','Members requested that a breakdown of placement moves by age be provided at the next meeting.','next meeting','update_at_next');
INSERT INTO actions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,2837,2974,'actions','3414c4a56e7e987f-i7-a2','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i7','RESOLVED: That (1) the update be noted; and (2) a report on the sufficiency of local foster placements be provided at the next meeting.','next meeting','update_at_next');
INSERT INTO actions VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,3635,3741,'actions','3414c4a56e7e987f-i8-a1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i8','The Panel requested that dental check figures for children placed out of borough be circulated to Members.',NULL,'requested_that');
CREATE TABLE IF NOT EXISTS "work_programme" (
   "document_id" TEXT REFERENCES "documents"("id"),
   "page" INTEGER,
   "char_start" INTEGER,
   "char_end" INTEGER,
   "extractor" TEXT,
   "id" TEXT PRIMARY KEY,
   "meeting_id" TEXT REFERENCES "meetings"("id"),
   "agenda_item_id" TEXT REFERENCES "agenda_items"("id"),
   "planned_date" TEXT,
   "title" TEXT
);
INSERT INTO work_programme VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,4938,4990,'work_programme','3414c4a56e7e987f-i11-w1','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i11','2025-09-15','Independent Reviewing Officers Annual Report 2024/25');
INSERT INTO work_programme VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,4991,5033,'work_programme','3414c4a56e7e987f-i11-w2','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i11','2025-09-15','Fostering Recruitment and Retention Update');
INSERT INTO work_programme VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5034,5056,'work_programme','3414c4a56e7e987f-i11-w3','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i11','2025-09-15','Placement Moves by Age');
INSERT INTO work_programme VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5075,5111,'work_programme','3414c4a56e7e987f-i11-w4','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i11','2025-12-08','Virtual School Annual Report 2024/25');
INSERT INTO work_programme VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5112,5144,'work_programme','3414c4a56e7e987f-i11-w5','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i11','2025-12-08','Care Leavers Local Offer Refresh');
INSERT INTO work_programme VALUES('3414c4a56e7e987f293c3b3f963c41d1fd7d6bdf031ee8f13a922d7ffb43ff92',1,5145,5190,'work_programme','3414c4a56e7e987f-i11-w6','eastbrook-borough-council/corporate-parenting-panel/2025-06-16','3414c4a56e7e987f-i11','2025-12-08','Health of Children Looked After Annual Report');
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','agenda_items_fts','agenda_items_fts',0,'CREATE VIRTUAL TABLE "agenda_items_fts" USING FTS5 (
    "title", "description", "minutes_text",
    tokenize=''porter'',
    content="agenda_items"
)');
CREATE TABLE IF NOT EXISTS 'agenda_items_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO agenda_items_fts_data VALUES(1,X'0d2b7c8515');
INSERT INTO agenda_items_fts_data VALUES(10,X'000000000101020001010102');
INSERT INTO agenda_items_fts_data VALUES(137438953473,X'00000edc023031070801028111020601022c020130030c01010a01020b020232610d0601010a020134070601026f0301360706010222020135070601026204060102150201360a06010216020138070601021f02033937320d0601011001013207080102811702060102320203303233070601023c0401340b0801021d14040135030c01010c01020d040801021b15030601023c010a04010217150201350b0801021e140201360b020502013707060102400101330d060101070101340a06010211020138020601021501023533020601023b0101380b06010228010161020c01020f290f05010c010114010215040c010213254e180206010207010801022f0a0204626f75740706010258010601022e0206010220020763636f6d6d6f64020601024b0301740d0601010f0402697609060102150201640806010248020466746572020601021c06120801010a0102091c26030601023a020167070801026e1c0406010227030272650b0801020e37020468656164080601023f02026c6c020601010802046d697261010601021902026e640206010258010c0101110102120410050102161805452602080102171c010801021325010801020d16030169010601010703060101060106010106010601010606020203046e75616c0b0a01021b1410020670706f696e74010c01010901020e0405726f6163680d0601021f030372696c070801022b12020173031001010f06010210060406010212030568646f776e01060102170304736573730806010215020174010c01010c010207060a0102810b1a030474656e64010e02010105010206080601022801026265030c01010d01020e040c010281090d0f01080102610a010801022f0b0106010241010601024201060101050106010225030463617573080601021c0302656e070a0102270f45040601020802046f617264080601024d03026f6b080601023c0305726f75676808080102342e02087265616b646f776e07080102810303046f6b656e0a0601022702037573690c0805010206020179010203060801028107020601021e0206010226010663616e6e6f740c060101030303706163080601025003027265070a0102251e3f010601024c010a0102100c1d0206010231020601021a030273650a060102170204686169720706010247030601021d040472746572090801021c1d030365636b08060102590303696c640706010232060372656e020601021a0508010223420112060101080102074019010601020e020601023802060102180205697263756c080601026202056f6c6c65670a0601022403056d6d697373020601023e0b0a040102130d0502756e0206010224040470616e69020601024703046e7369640d0601020d04047461696e0d0601010205057269627574090601022b030472706f7207100201010701020610040472656374030c0101150102160305756e63696c020601024e050601020f020601021108036c6f72010801021505010801020b29030601010d02080102480d0106010229050601020203037665720a0601020b010664616e69656c020601020c060601022a02066561646c696e080601022504026c740c06010106030463656d620b0601022904036c617202120201010401020a062903066d6f637261740b0601010503046e74616c08060102580303707574060e0201010401020703047369676e08060102420202696402060102590306726563746f72020601024403057363757373020801023128090601020402036f776e0a0601022802047261667409080102191d0203756c69010c01010801020d03027265070601022a0104656163680a0601022d0307737462726f6f6b0206010223050601023d02036475630a0601020d020469676874080601023d02056e646f7273090601023904060102260204766572690706010231020578656d70740d0c01010301020f0305706c61696e080601020e010666616c6c656e0806010219020469677572080601025a03036f6e61080601020202056f6c6c6f77010601020c0106010207090601021003017202080102190b050601021901120501010701020640190106010229010601023a010601020a020801020811030473746572070801027d24040601021f0203726f6d0206010107020601010701060101070306010103010803010103010c0101030102320204757475720b0601020b010467617665090601020602056f7665726e0d0601010e020472616365070601025404026e7408060102410303656176070601024a0103686164070c0102260f0d3a010801021808010601022701080102260a01060102070403646164010601021a03046e6e61680706010249020165020a0102281b1003026164070c010105010204050574656163680a0c01010701020604036c746802080102180f060a040102140f030601023603026c64030c0101080102090706010239020169020601021f030767686c69676874070601021d02036f6d65070601023803027573070801023f120102696604060101050106010105010601010502026861080601021602016e020e0102130c0f1108050a0102242e1b010801021a0e010601020f010601021903080102190b0304636c756409060102120306646570656e640b060102180304666f726d0d0601010403036974690806010213030474656772080601024b0504726573740212040101060102080c28060476696577070601023904016f07060102430405726f6475630706010208010601020a0206010207020374656d020c0102141d0d1d090801020511020601020a01036b65690a0601020f01046c617374070601026b020565617665720706010242020801021b1d02060102320302667402060102500b0601020502046f63616c07080102811e0406010233020c01010d01021503026e67070601027b03026f6b020601021b06100701010901020840030601023901036d6169070801021a15010601021b0303726368030c01010b01020c040273680906010203040374696e0106010216020763616c6c6973740808010203350203656574010c01010e010209010601022c010c010107010208040a0102810e1a040801020c0903046d62657201120501010b0102100404010601010902060101080106010108020601027f0106010264010601022103046e746f720a060102310204696e7574030e0201010401020503027373070601022902036f7265070601026703027374070601025f030276650708010275130406010225020173070601025b0106010235020601022901056e616469610a0601020203026d65080c0101050102040206010230020865696768626f7572080601025203027874070a0102810d1a020168020601022602016f040601020601060102060106010206060601020403016e0206010210030174020601025a040165010c0101030102040106010204020601020401060102040106010204010801028115010601026a01060102300106010242030177080601023b0203757273080e0101060102054001026f66010c01010601020a010e03010105010245010c010105010206010601010901060101090216010103050102051d42261b01080102332e010601020c020c010103010237020c01010801021403036665720706010235040601023404026963090c010106010205020c01010701021a02056b61666f7207080102035b02036c6976080601024002016e0206010217010c01010901020a040801024e4e01080301021101060102090406010211020172050601010c02080102660c030664696e61726901060102110203736569020601020d060601022b0204746865720c020306037769730c0601010402027574070601020d01080102322e050601022102037665720706010271010570616e656c08060102550306010203020601020c0307726167726170680d060101060403656e740710030101080102071004057469636970090e05010105010204030374656c02060102340b0601020402086563756e69617269020601021103036f706c08060102300108010220070106010222030572666f726d070601021101060102100403736f6e0a0601020c0303746974050e0201010401020702046c61636508080102312e02080102251506046d656e74020601023c050c010259111f1d040601022402080201021604016e0706010278030601020e02036f73740a0601021502067265646963740a0601021204066a75646963690206010237040473656e74020601010a070c01010201020803066f6772616d6d0906010216020a03010212310603657373070601024d04037669640206010249050a0102810a1a0106010253020575626c6963040e0201010b010207010601010b01087175657374696f6e040e030101040102080306010257010601022d020601021f01067261686d616e0a080102032903026973080601024f020465616368080601021f040164030c0101100102110304636569760206010103020c01010301020a010c010103010209010c01010301020904036f7264030c0101160102170404727569740b06010220030566726573680b0601023503046d61696e02060102290304706f7274071201010201020a20373e0106010237020a0102092417011001010201021c141002080102101603057175657374070801028100010801021d3b03047365727601100401010a01020f0604036f6c7601060102020106010202010601020201060102020106010202010601020201080102810f0106010265020601023d010601023d020601021b0404706f6e7307060102510106010227020601021a030474656e740b06010222040375726e07060102370304766965770806010239030601021902036f6f6d02060102520b0601020702037574680706010202010173070801021048010601022c020601021e020663686564756c0d0601010904036f6f6c0a100301010601020532010601022c03076f726563617264070806010218020465637572070601024403057074656d620a0601023b01060102160304727669630902060206010106030174070601020c06060102200303766572070601027402026865070601021c010601020d020369676e030c01011201021303026e63070601023a030473746572020601022002046f706869090601020202057072696e6709060102140205746162696c070601025a040267650a0601021003026570070601027903037564690a06010218040e0b0908080d08080a0e0a091d090608080808090826150e0809081b0e0a0b090b2d1a0d100c0b120c0b1214340b100b090d100b0b160d0a2109100c0a0a2a0c0c13090b0b0b0c100e16260a120d090b100d0b0e0b090d120a0c0d090b130a0b110b0f0c0d0b0a162e11270b0b0c0b090a230a0b0a0c0f1711080e0a0a1309290b0d0b0a0b110b0816180a0b170e190918100d090a0f272f0b0f090a090f120c110f0b0817080834080e4f0f140d0a260e0d0f090a140a160e0f100f0f15110a0e121e0d0a0d0d13140a1615220e090b0b230d0b0c0b2d13103d150b0a100f0a130d140f0b110e0d0a0e0d090b0b0c0c0909');
INSERT INTO agenda_items_fts_data VALUES(137438953474,X'00000320083073756666696369020601023d05080102811c060203030567676573740b0601020903036e696c02060102330b06010203030570706f7274020601024a010574616b656e030c01010e01020f0304726765740806010217020365616d080601022203046e616e6307060102450302726d070601027c020468616e6b0906010222040174020c0102051b240a010c010102010203010601020501060102050106010205011001021e1430171011010e01020f2b131011020801022c14010601023e020601021c030165010e010104010205080110010206270521060501100101030501020405010601010a010601010a0222010104010209070b0c2708170b24080b0b011801010401020b091006280c15011a0401010401020a0508070d0c08011201010401020816190e01100101040102020f32021601010c0102060705060d0804026972090601022a040272650c06010202030169010c01010d0102080c060102090303726565070601026502016f010c010102010203010e0101020102034b020c010102010203010c010102010203010c010102010203010601025201080102283d020601021b030601010b030477617264070601027a02047275737402060102270202776f0a060102140105756e6465720d060101050204706461740206010216050a040102811301100201010201020c5e01080201022e010804010102010601022302057267656e740c080401020501077669727475616c0a100201010501020432010601022b02036f7465020601025b01027761020a0102301416060601024e0406010203020365656b080601023e03046c636f6d070601024b030272650206010209020601020901060102080106010208010601026d010601023a020468696368070601020b030601020a0106010206010601010204026c65020801022d280406746669656c64070601025503016f0906010226040273650a06010223020369746807060102640106010251040601010702036f726b0206010221070601020b020a0201021131020672697474656e090601021d010479656172070601026c02046f756e67080601022f010801021f07010601022104170c0f0c0f0b0a0b090b457c0909100a410b0b090c2d0d180a150a0b221a0a0d080914160d0b');
CREATE TABLE IF NOT EXISTS 'agenda_items_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO agenda_items_fts_idx VALUES(1,X'',2);
INSERT INTO agenda_items_fts_idx VALUES(1,X'307375',4);
CREATE TABLE IF NOT EXISTS 'agenda_items_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO agenda_items_fts_docsize VALUES(1,X'040d19');
INSERT INTO agenda_items_fts_docsize VALUES(2,X'03095a');
INSERT INTO agenda_items_fts_docsize VALUES(3,X'011516');
INSERT INTO agenda_items_fts_docsize VALUES(4,X'020a09');
INSERT INTO agenda_items_fts_docsize VALUES(5,X'010c08');
INSERT INTO agenda_items_fts_docsize VALUES(6,X'010508');
INSERT INTO agenda_items_fts_docsize VALUES(7,X'05078125');
INSERT INTO agenda_items_fts_docsize VALUES(8,X'070969');
INSERT INTO agenda_items_fts_docsize VALUES(9,X'050538');
INSERT INTO agenda_items_fts_docsize VALUES(10,X'030641');
INSERT INTO agenda_items_fts_docsize VALUES(11,X'040642');
INSERT INTO agenda_items_fts_docsize VALUES(12,X'040605');
INSERT INTO agenda_items_fts_docsize VALUES(13,X'030f25');
CREATE TABLE IF NOT EXISTS 'agenda_items_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO agenda_items_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','resolutions_fts','resolutions_fts',0,'CREATE VIRTUAL TABLE "resolutions_fts" USING FTS5 (
    "text",
    tokenize=''porter'',
    content="resolutions"
)');
CREATE TABLE IF NOT EXISTS 'resolutions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO resolutions_fts_data VALUES(1,X'0a8137');
INSERT INTO resolutions_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO resolutions_fts_data VALUES(137438953473,X'000003f40330313003020a01043230323503020c010234380202140102353302023a01016102080e290f05010214020763636f6d6d6f6402024a02046674657202021b020367726509020702046d69726101021802026e64020257010211020670706f696e7401020d0405726f6163680a020502017303040f06030568646f776e010216020174010206030474656e640102050102626503020d04020501020501020601020b01086368696c6472656e02021902066f6d6d69737302023d0802040502756e020223040470616e69020246030572726563740302150305756e63696c02024d08036c6f720104140501040a29010664616e69656c02020b020565636c617202060906290303707574060206020269640202580306726563746f7202024303057363757373020430280203756c6901020c01096561737462726f6f6b02022202056e646f72730a020c0106666f6c6c6f7701020b0102060301720204180b01066861646461640102190201650206271b100304616c74680204170f03026c6403020802016902021e0102696e020a120c0f110808020803067465726573740206070c28020374656d0208131d0d1d01046c65667402024f02036f6f6b02021a01056d6172636803020b040374696e010215020365657401020801022b01020703046d62657201060f04040204696e757403020401026e6802022502016f04020501020501020503016e02020f03017402025904016501020301020302020301020301020301020601020601026f6601020901024401020502016e02021601020902077264696e617269010210020373656902020c020275740a02070105706174656c02023302086563756e69617269020210030374697405020602086c6163656d656e7402023b020872656a756469636902023603066f6772616d6d0902050403766964020248020575626c696304020601087175657374696f6e04020701047265616403021003046365697604020901020801020804036f726403021603046d61696e0202280304706f727408020402020a03047365727601040e0602036f6f6d02025101037365740a0206020369676e03021203047374657202021f020675666669636902023c03036e696c020232030570706f7274020249010574616b656e03020e02036861740208041b240a01020201020401020401020401020201020201020201020203016501040408010c052705210605010403050402030102030102030104030803016901020702016f0102020104024b020202010202010202020472757374020226010575706461740202150502040104766f746502025a0102776102062f14160203657265020208020208010207010207020468696c6502042c2802036f726b02022007020404070907070c0c0908090a0b0a070a0609130d0e07090a0a0d0b0c08070b0b080e0a0e070b080a07060e0d0b09080a080e0b09070c0606180d090c08070a0d080d0d0b080a0d090f08090c0a080808090b080a0a23200613090d0909110a');
CREATE TABLE IF NOT EXISTS 'resolutions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO resolutions_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'resolutions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO resolutions_fts_docsize VALUES(1,X'18');
INSERT INTO resolutions_fts_docsize VALUES(2,X'59');
INSERT INTO resolutions_fts_docsize VALUES(3,X'15');
INSERT INTO resolutions_fts_docsize VALUES(4,X'08');
INSERT INTO resolutions_fts_docsize VALUES(5,X'07');
INSERT INTO resolutions_fts_docsize VALUES(6,X'07');
INSERT INTO resolutions_fts_docsize VALUES(7,X'05');
INSERT INTO resolutions_fts_docsize VALUES(8,X'05');
INSERT INTO resolutions_fts_docsize VALUES(9,X'06');
INSERT INTO resolutions_fts_docsize VALUES(10,X'0b');
CREATE TABLE IF NOT EXISTS 'resolutions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO resolutions_fts_config VALUES('version',4);
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','actions_fts','actions_fts',0,'CREATE VIRTUAL TABLE "actions_fts" USING FTS5 (
    "text",
    tokenize=''porter'',
    content="actions"
)');
CREATE TABLE IF NOT EXISTS 'actions_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO actions_fts_data VALUES(1,X'0339');
INSERT INTO actions_fts_data VALUES(10,X'000000000101010001010101');
INSERT INTO actions_fts_data VALUES(137438953473,X'0000017d02303102020401013202020a01016101020501020b02016701020b02026e6402020902017401020e0102160102626501020c0104070f01020f02066f726f75676803020e02087265616b646f776e01020602017901020a0105636865636b0302070306696c6472656e03020a0205697263756c030210010664656e74616c0302060105666967757203020802026f7203020903047374657202021201056c6f63616c02021101046d65657401021101021903046d62657201020202021202036f766501020901046e65787401021001021802036f746502020801026f6601020701021001020d02016e02020d0202757403020c010570616e656c03020302046c61636503020b06046d656e740102080102130205726f76696401020d01021501067265706f727402020c030571756573740102030202040304736f6c7602020201077375666669636902020f01047468617401020401020301020503016501020f0106050b0b01020202016f03021101057570646174020206040606090607090e0b0d060a0b0a0b0a07090a0c0c080c080d06070a090c0d0b0d090c0f0e06');
CREATE TABLE IF NOT EXISTS 'actions_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO actions_fts_idx VALUES(1,X'',2);
CREATE TABLE IF NOT EXISTS 'actions_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO actions_fts_docsize VALUES(1,X'10');
INSERT INTO actions_fts_docsize VALUES(2,X'18');
INSERT INTO actions_fts_docsize VALUES(3,X'11');
CREATE TABLE IF NOT EXISTS 'actions_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO actions_fts_config VALUES('version',4);
CREATE INDEX "idx_meeting_records_document_id"
    ON "meeting_records" ("document_id");
CREATE INDEX "idx_agenda_items_document_id"
    ON "agenda_items" ("document_id");
CREATE INDEX "idx_agenda_items_meeting_id"
    ON "agenda_items" ("meeting_id");
CREATE INDEX "idx_resolutions_document_id"
    ON "resolutions" ("document_id");
CREATE INDEX "idx_resolutions_meeting_id"
    ON "resolutions" ("meeting_id");
CREATE INDEX "idx_resolutions_agenda_item_id"
    ON "resolutions" ("agenda_item_id");
CREATE INDEX "idx_actions_document_id"
    ON "actions" ("document_id");
CREATE INDEX "idx_actions_meeting_id"
    ON "actions" ("meeting_id");
CREATE INDEX "idx_actions_agenda_item_id"
    ON "actions" ("agenda_item_id");
CREATE INDEX "idx_work_programme_document_id"
    ON "work_programme" ("document_id");
CREATE INDEX "idx_work_programme_meeting_id"
    ON "work_programme" ("meeting_id");
CREATE INDEX "idx_work_programme_agenda_item_id"
    ON "work_programme" ("agenda_item_id");
CREATE INDEX "idx_meetings_council_committee_date"
    ON "meetings" ("council", "committee", "date");
CREATE INDEX "idx_meeting_records_council_source_meeting_id"
    ON "meeting_records" ("council", "source_meeting_id");
CREATE INDEX "idx_meeting_documents_document_id"
    ON "meeting_documents" ("document_id");
CREATE INDEX "idx_documents_source"
    ON "documents" ("source");
CREATE TRIGGER "agenda_items_ai" AFTER INSERT ON "agenda_items" BEGIN
  INSERT INTO "agenda_items_fts" (rowid, "title", "description", "minutes_text") VALUES (new.rowid, new."title", new."description", new."minutes_text");
END;
CREATE TRIGGER "agenda_items_ad" AFTER DELETE ON "agenda_items" BEGIN
  INSERT INTO "agenda_items_fts" ("agenda_items_fts", rowid, "title", "description", "minutes_text") VALUES('delete', old.rowid, old."title", old."description", old."minutes_text");
END;
CREATE TRIGGER "agenda_items_au" AFTER UPDATE ON "agenda_items" BEGIN
  INSERT INTO "agenda_items_fts" ("agenda_items_fts", rowid, "title", "description", "minutes_text") VALUES('delete', old.rowid, old."title", old."description", old."minutes_text");
  INSERT INTO "agenda_items_fts" (rowid, "title", "description", "minutes_text") VALUES (new.rowid, new."title", new."description", new."minutes_text");
END;
CREATE TRIGGER "resolutions_ai" AFTER INSERT ON "resolutions" BEGIN
  INSERT INTO "resolutions_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TRIGGER "resolutions_ad" AFTER DELETE ON "resolutions" BEGIN
  INSERT INTO "resolutions_fts" ("resolutions_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
END;
CREATE TRIGGER "resolutions_au" AFTER UPDATE ON "resolutions" BEGIN
  INSERT INTO "resolutions_fts" ("resolutions_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
  INSERT INTO "resolutions_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TRIGGER "actions_ai" AFTER INSERT ON "actions" BEGIN
  INSERT INTO "actions_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;
CREATE TRIGGER "actions_ad" AFTER DELETE ON "actions" BEGIN
  INSERT INTO "actions_fts" ("actions_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
END;
CREATE TRIGGER "actions_au" AFTER UPDATE ON "actions" BEGIN
  INSERT INTO "actions_fts" ("actions_fts", rowid, "text") VALUES('delete', old.rowid, old."text");
  INSERT INTO "actions_fts" (rowid, "text") VALUES (new.rowid, new."text");
END;
PRAGMA writable_schema=OFF;
COMMIT;
