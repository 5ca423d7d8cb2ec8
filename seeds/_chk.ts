import ExcelJS from 'exceljs';
(async () => { const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(process.argv[2]); for (const ws of wb.worksheets) { console.log('##', ws.name, (ws.model as any).merges.join(' '));
for (let r=1;r<=ws.rowCount;r++){ const vals=[]; for(let c=1;c<=ws.columnCount;c++){const v=ws.getCell(r,c).value; vals.push(v===null?'':String(v).slice(0,16));} console.log(r, vals.join(' | ')); } }})();
