import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { getExportPage } from "~/exports/exports.server";
import styles from "~/exports/exports.css";
import { requireViewer } from "~/utils/permissions.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Export data${data && "cohort" in data ? ` – ${data.cohort.name}` : ""} – Strands` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireViewer(request);
  return getExportPage(getDb(), viewer, params.cohortId ?? "", new URL(request.url).origin);
}

export default function CohortExport() {
  const { cohort, files, zipName } = useLoaderData<typeof loader>();
  const base = `/cohorts/${cohort.id}/export`;
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
      </p>
      <span className="caption">{cohort.name}</span>
      <h1>Export data</h1>
      <p className="lead">
        Download the cohort’s records as spreadsheets (CSV files that Excel, Numbers and Google Sheets open as they
        are).
      </p>
      <div className="notice export-notice">
        <p>
          Only records that participants have shared with leads are included. Records they have kept private are never
          exported. Evidence files are listed by their details; download a file from its record.
        </p>
        <p>These files hold personal data. Keep them somewhere safe and delete them when you no longer need them.</p>
      </div>
      <p>
        <a href={`${base}/all.zip`} download={zipName} className="button">
          Download everything (zip)
        </a>
      </p>
      <h2>One file at a time</h2>
      <ul className="export-list">
        {files.map((file) => (
          <li key={file.kind} className="export-list__item">
            <h3 className="export-list__title">
              <a href={`${base}/${file.path}`} download={file.fileName}>
                {file.title} <span className="visually-hidden">(CSV)</span>
              </a>
            </h3>
            <p className="export-list__meta">
              {file.description} {file.rowCount === 1 ? "1 row" : `${file.rowCount} rows`}.{" "}
              <span className="muted">{file.fileName}</span>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
