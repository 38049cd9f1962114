CREATE TABLE `poa_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`byte_size` integer NOT NULL,
	`stored_path` text NOT NULL,
	`added_at` text NOT NULL,
	`actor` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `poa_cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `poa_attachments_case_sha_uq` ON `poa_attachments` (`case_id`,`sha256`);--> statement-breakpoint
CREATE INDEX `poa_attachments_path_idx` ON `poa_attachments` (`stored_path`);--> statement-breakpoint
CREATE TABLE `poa_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` integer NOT NULL,
	`case_type` text NOT NULL,
	`language` text NOT NULL,
	`title` text,
	`notice_text` text NOT NULL,
	`affected_items` text NOT NULL,
	`notice_date` text NOT NULL,
	`deadline` text,
	`status` text NOT NULL,
	`current_revision` integer NOT NULL,
	`submitted_at` text,
	`decided_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `poa_cases_store_idx` ON `poa_cases` (`store_id`);--> statement-breakpoint
CREATE INDEX `poa_cases_status_idx` ON `poa_cases` (`status`);--> statement-breakpoint
CREATE TABLE `poa_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`revision` integer NOT NULL,
	`content` text NOT NULL,
	`status` text NOT NULL,
	`outcome` text,
	`saved_at` text NOT NULL,
	`actor` text NOT NULL,
	`submitted_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `poa_cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `poa_revisions_case_revision_uq` ON `poa_revisions` (`case_id`,`revision`);